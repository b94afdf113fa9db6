package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.alert.AlertList;
import se.bokvar.web.commons.WebConfig;

/**
 * Aviseringar: the deadline alerts mailed to the user, their unit and (supervisors) the supervisors over the last two
 * weeks, newest first, each with its case. Opening the page clears the menu's badge.
 */
@Path(AlertResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class AlertResource {

    public static final String PATH = "/aviseringar";

    /** When the user last opened this page (epoch seconds): the badge counts what came after. */
    static final String SEEN = "bokvar-aviseringar";

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

    @GET
    public Response list() {
        var items = alerts.recent(DeskChrome.reader(viewer));
        NewCookie seen = new NewCookie.Builder(SEEN).value(alerts.seenNow()).path("/").httpOnly(true)
                .secure(web.secureCookies()).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(template.data("page", chrome.page("Aviseringar", PATH)).data("items", items)
                .data("days", AlertList.DAYS)).cookie(seen).build();
    }
}
