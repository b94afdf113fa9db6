package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.InboxPage;
import se.bokvar.web.caseworker.app.LiveInbox;
import se.bokvar.web.commons.WebConfig;

/**
 * Inkorg. The filters are codes in the query string (never personal data), so a filtered inbox can be bookmarked.
 * With JavaScript the page asks {@code /inkorg/listor} for its two lists every few seconds (htmx) and replaces
 * them, and a polite live region says what is new ({@link LiveInbox#announcement}); without it, it is the same page,
 * reloaded by the user.
 */
@Path("/inkorg")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class InboxResource {

    /** When the user last opened or filtered the inbox (see {@link LiveInbox}). */
    static final String VISITED = "bokvar-inkorg";

    /** htmx stops polling on this answer and shows what it carries. */
    static final int STOP_POLLING = 286;

    @Inject
    @Location("inbox.html")
    Template template;

    @Inject
    InboxPage inbox;

    @Inject
    LiveInbox live;

    @Inject
    DeskChrome chrome;

    @Inject
    WebConfig web;

    @GET
    public Response inbox(@QueryParam("typ") String type, @QueryParam("frist") String deadlineState,
            @QueryParam("barn") String children, @QueryParam("tilldelad") String assigned,
            @QueryParam("sida") @DefaultValue("1") String page) {
        InboxPage.Model m = inbox.read(filters(type, deadlineState, children, assigned, page));
        NewCookie visited = new NewCookie.Builder(VISITED).value(live.visitedNow()).path("/inkorg").httpOnly(true)
                .secure(web.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(template.data("page", chrome.page("Inkorg", "/inkorg")).data("m", m)
                .data("every", LiveInbox.EVERY_SECONDS)).cookie(visited).build();
    }

    /** The page's two lists alone, for the page to replace its own; after {@link LiveInbox#LIVE_FOR} it stops. */
    @GET
    @Path("listor")
    public Response lists(@QueryParam("typ") String type, @QueryParam("frist") String deadlineState,
            @QueryParam("barn") String children, @QueryParam("tilldelad") String assigned,
            @QueryParam("sida") @DefaultValue("1") String page, @CookieParam(VISITED) String visited,
            @QueryParam("sett") String casesShown, @QueryParam("vantar") String noticesShown) {
        if (!live.stillLive(visited)) {
            return Response.status(STOP_POLLING).entity(template.getFragment("paused").instance()).build();
        }
        InboxPage.Model m = inbox.read(filters(type, deadlineState, children, assigned, page));
        String lists = template.getFragment("lists").instance().data("m", m).data("every", LiveInbox.EVERY_SECONDS)
                .render();
        String announcement = template.getFragment("announcement").instance()
                .data("announcement", LiveInbox.announcement(casesShown, noticesShown, m)).render();
        return Response.ok(lists + announcement, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static InboxPage.Filters filters(String type, String deadlineState, String children, String assigned,
            String page) {
        int p;
        try {
            p = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            p = 1;
        }
        return new InboxPage.Filters(type, deadlineState, children, assigned, p);
    }
}
