package se.bokvar.web.caseworker.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import se.bokvar.web.caseworker.app.LiveInbox;
import se.bokvar.web.caseworker.app.alert.AlertBadge;
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

    @Inject
    LiveInbox live;

    /**
     * htmx's settings (no eval, no script tags, no injected styles, nothing of a page kept in the browser's history
     * cache) and htmx itself, served by the desk (CSP script-src 'self'): every page of the roles with the inbox and
     * the alert badge, which update themselves (also when the badge cannot count: the inbox still updates).
     */
    static final Page.Head LIVE_HEAD = new Page.Head(List.of(new Page.Meta("htmx-config",
            "{\"includeIndicatorStyles\":false,\"allowEval\":false,\"allowScriptTags\":false,\"historyCacheSize\":0}")),
            List.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js"));

    @Override
    public Page page(String title, String section) {
        if (!viewer.signedIn()) {
            return Page.anonymous(config.appName(), title);
        }
        List<Page.NavLink> nav = new ArrayList<>();
        nav.add(new Page.NavLink("/", "Start", "/".equals(section)));
        if (viewer.is(Viewer.CASEWORKER) || viewer.is(Viewer.SUPERVISOR)) {
            nav.add(new Page.NavLink("/inkorg", "Inkorg", "/inkorg".equals(section)));
            nav.add(alertsLink(section));
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
        boolean casework = viewer.is(Viewer.CASEWORKER) || viewer.is(Viewer.SUPERVISOR);
        return new Page(config.appName(), title, viewer.name(), viewer.roleText(), List.copyOf(nav), LOGOUT,
                casework ? LIVE_HEAD : Page.Head.NONE);
    }

    /** The user as the alert list reads them. */
    static AlertList.Reader reader(Viewer viewer) {
        return new AlertList.Reader(viewer.login(), viewer.board(), viewer.unitType(), viewer.is(Viewer.SUPERVISOR));
    }

    /**
     * "Aviseringar (2 nya)": the badge counts alerts since the user last opened the list, and asks for itself again
     * every few seconds (the page's count and load time in its own request); none when it cannot count.
     */
    private Page.NavLink alertsLink(String section) {
        if (AlertResource.PATH.equals(section)) {
            return link(AlertResource.PATH, AlertBadge.PLAIN, section);
        }
        long fresh;
        try {
            var seen = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(AlertResource.SEEN);
            fresh = alerts.newSince(reader(viewer), seen == null ? null : seen.getValue());
        } catch (RuntimeException e) {
            LOG.debugf("No alert badge: %s", e.getClass().getName());
            return link(AlertResource.PATH, AlertBadge.PLAIN, section);
        }
        return new Page.NavLink(AlertResource.PATH, AlertBadge.label(fresh), false, badge(fresh, live.visitedNow()));
    }

    /** The badge's own request: the count the page shows and when the page was loaded (for the 10-minute stop). */
    static Page.Live badge(long shown, String loaded) {
        return new Page.Live(AlertResource.BADGE + "?visade=" + shown + "&laddad=" + loaded, LiveInbox.EVERY_SECONDS,
                AlertResource.BADGE_STATUS);
    }

    private static Page.NavLink link(String href, String label, String section) {
        return new Page.NavLink(href, label, href.equals(section));
    }
}
