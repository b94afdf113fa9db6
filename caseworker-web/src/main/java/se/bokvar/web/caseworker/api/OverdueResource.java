package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.OverduePage;

/** Försenade kvittenser (supervisors): acknowledgements to Kronofogden not confirmed on their day. */
@Path(OverdueResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Viewer.SUPERVISOR)
public class OverdueResource {

    public static final String PATH = "/forsenade-kvittenser";

    @Inject
    @Location("overdue.html")
    Template template;

    @Inject
    OverduePage overdue;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance list() {
        return template.data("page", chrome.page("Försenade kvittenser", PATH)).data("rows", overdue.read());
    }
}
