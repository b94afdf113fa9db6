package se.bokvar.web.caseworker.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.web.commons.WebConfig;
import se.bokvar.web.commons.page.Page;
import se.bokvar.web.commons.page.PageChrome;

/** The desk's header: the user, their role and unit, the navigation their role may use, and the sign-out button. */
@ApplicationScoped
public class DeskChrome implements PageChrome {

    /** Where the sign-out form posts (quarkus.oidc.logout.path). */
    public static final String LOGOUT = "/utloggning";

    @Inject
    Viewer viewer;

    @Inject
    WebConfig config;

    @Override
    public Page page(String title, String section) {
        if (!viewer.signedIn()) {
            return Page.anonymous(config.appName(), title);
        }
        List<Page.NavLink> nav = new ArrayList<>();
        nav.add(new Page.NavLink("/", "Start", "/".equals(section)));
        if (viewer.is(Viewer.CASEWORKER) || viewer.is(Viewer.SUPERVISOR)) {
            nav.add(new Page.NavLink("/inkorg", "Inkorg", "/inkorg".equals(section)));
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

    private static Page.NavLink link(String href, String label, String section) {
        return new Page.NavLink(href, label, href.equals(section));
    }
}
