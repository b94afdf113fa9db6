package se.bokvar.web.caseworker.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import se.bokvar.web.caseworker.app.alert.AlertList;

import se.bokvar.web.commons.WebConfig;
import se.bokvar.web.commons.page.Page;
import se.bokvar.web.commons.page.PageChrome;

/** The desk's header: the user, their role and unit, the navigation their role may use, and the sign-out button. */
@ApplicationScoped
public class DeskChrome implements PageChrome {

    /** Where the sign-out form posts (quarkus.oidc.logout.path). */
    public static final String LOGOUT = "/utloggning";

    private static final Logger LOG = Logger.getLogger(DeskChrome.class);

    @Inject
    Viewer viewer;

    @Inject
    WebConfig config;

    @Inject
    AlertList alerts;

    @Inject
    CurrentVertxRequest request;

    @Override
    public Page page(String title, String section) {
        if (!viewer.signedIn()) {
            return Page.anonymous(config.appName(), title);
        }
        List<Page.NavLink> nav = new ArrayList<>();
        nav.add(new Page.NavLink("/", "Start", "/".equals(section)));
        if (viewer.is(Viewer.CASEWORKER) || viewer.is(Viewer.SUPERVISOR)) {
            nav.add(new Page.NavLink("/inkorg", "Inkorg", "/inkorg".equals(section)));
            nav.add(link(AlertResource.PATH, alertsLabel(section), section));
        }
        if (viewer.is(Viewer.SUPERVISOR)) {
            nav.add(link(UnroutedResource.PATH, "Ej fördelade underrättelser", section));
            nav.add(link(OverdueResource.PATH, "Försenade kvittenser", section));
            nav.add(link(StatisticsResource.PATH, "Statistik", section));
        }
        if (viewer.is(Viewer.CASEWORKER) || viewer.is(Viewer.SUPERVISOR)) {
            nav.add(link(SearchResource.PATH, "Sök", section));
        }
        if (viewer.is(Viewer.AUDITOR)) {
            nav.add(link(AuditResource.PATH, "Granskningslogg", section));
        }
        return new Page(config.appName(), title, viewer.name(), viewer.roleText(), List.copyOf(nav), LOGOUT);
    }

    /** The user as the alert list reads them. */
    static AlertList.Reader reader(Viewer viewer) {
        return new AlertList.Reader(viewer.login(), viewer.board(), viewer.unitType(), viewer.is(Viewer.SUPERVISOR));
    }

    /** "Aviseringar (2 nya)": the badge counts alerts since the user last opened the list; none when it cannot. */
    private String alertsLabel(String section) {
        if (AlertResource.PATH.equals(section)) {
            return "Aviseringar";
        }
        long fresh;
        try {
            var seen = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(AlertResource.SEEN);
            fresh = alerts.newSince(reader(viewer), seen == null ? null : seen.getValue());
        } catch (RuntimeException e) {
            LOG.debugf("No alert badge: %s", e.getClass().getName());
            return "Aviseringar";
        }
        return fresh == 0 ? "Aviseringar" : "Aviseringar (" + fresh + (fresh == 1 ? " ny)" : " nya)");
    }

    private static Page.NavLink link(String href, String label, String section) {
        return new Page.NavLink(href, label, href.equals(section));
    }
}
