package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.InboxPage;

/** Inkorg. The filters are codes in the query string (never personal data), so a filtered inbox can be bookmarked. */
@Path("/inkorg")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class InboxResource {

    @Inject
    @Location("inbox.html")
    Template template;

    @Inject
    InboxPage inbox;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance inbox(@QueryParam("typ") String type, @QueryParam("frist") String deadlineState,
            @QueryParam("barn") String children, @QueryParam("tilldelad") String assigned,
            @QueryParam("sida") @DefaultValue("1") String page) {
        int p;
        try {
            p = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            p = 1;
        }
        InboxPage.Model m = inbox.read(new InboxPage.Filters(type, deadlineState, children, assigned, p));
        return template.data("page", chrome.page("Inkorg", "/inkorg")).data("m", m);
    }
}
