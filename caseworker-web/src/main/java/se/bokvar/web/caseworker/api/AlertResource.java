package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.LiveInbox;
import se.bokvar.web.caseworker.app.alert.AlertBadge;
import se.bokvar.web.caseworker.app.alert.AlertList;
import se.bokvar.web.commons.WebConfig;
import se.bokvar.web.commons.page.Page;

/**
 * Aviseringar: the deadline alerts mailed to the user, their unit and (supervisors) the supervisors over the last two
 * weeks, newest first, each with its case. Opening the page clears the menu's badge; with JavaScript the badge asks
 * {@link #BADGE} for itself every few seconds, as the inbox asks for its lists, and stops as the inbox does.
 */
@Path(AlertResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class AlertResource {

    public static final String PATH = "/aviseringar";

    /** When the user last opened this page (epoch seconds): the badge counts what came after. */
    static final String SEEN = "bokvar-aviseringar";

    private static final Logger LOG = Logger.getLogger(AlertResource.class);

    /** The badge alone, for the menu to replace its own. */
    static final String BADGE = PATH + "/antal";

    /** The id of the menu's polite live region for the badge. */
    static final String BADGE_STATUS = "aviseringar-status";

    @Inject
    @Location("alerts.html")
    Template template;

    @Inject
    AlertList alerts;

    @Inject
    Viewer viewer;

    @Inject
    DeskChrome chrome;

    @Inject
    WebConfig web;

    @Inject
    @Location("alert-badge.html")
    Template badgeTemplate;

    @Inject
    LiveInbox live;

    @GET
    public Response list() {
        var items = alerts.recent(DeskChrome.reader(viewer));
        NewCookie seen = new NewCookie.Builder(SEEN).value(alerts.seenNow()).path("/").httpOnly(true)
                .secure(web.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(template.data("page", chrome.page("Aviseringar", PATH)).data("items", items)
                .data("days", AlertList.DAYS)).cookie(seen).build();
    }

    /**
     * The menu's badge: the link's text again, and in the live region how many came since the page's count
     * ({@code visade}); 10 minutes after the page was loaded ({@code laddad}) it answers 286 with the count the page
     * showed, without counting, and htmx stops asking.
     */
    @GET
    @Path("antal")
    public Response badge(@QueryParam("visade") String shown, @QueryParam("laddad") String loaded,
            @CookieParam(SEEN) String seen) {
        long before = AlertBadge.shown(shown);
        long fresh = -1;
        if (live.stillLive(loaded)) {
            try {
                fresh = alerts.newSince(DeskChrome.reader(viewer), seen);
            } catch (RuntimeException e) {
                LOG.debugf("No alert badge: %s", e.getClass().getName());
            }
        }
        if (fresh < 0) {
            // stopped (or it cannot count now): the count the page showed, and htmx stops asking
            Page.NavLink still = new Page.NavLink(PATH, AlertBadge.label(before), false);
            return Response.status(InboxResource.STOP_POLLING)
                    .entity(badgeTemplate.data("link", still).data("statusId", BADGE_STATUS).data("announcement", ""))
                    .build();
        }
        Page.NavLink link = new Page.NavLink(PATH, AlertBadge.label(fresh), false, DeskChrome.badge(fresh, loaded));
        return Response.ok(badgeTemplate.data("link", link).data("statusId", BADGE_STATUS)
                .data("announcement", AlertBadge.announcement(before, fresh))).build();
    }
}
