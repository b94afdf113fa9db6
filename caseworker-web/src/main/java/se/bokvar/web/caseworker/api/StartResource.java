package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.PermitAll;
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
import se.bokvar.web.commons.page.Page;
import se.bokvar.web.commons.WebConfig;

/** The landing page per role, and the page after signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class StartResource {

    @Inject
    @Location("start.html")
    Template start;

    @Inject
    @Location("signed-out.html")
    Template signedOut;

    @Inject
    DeskChrome chrome;

    @Inject
    Viewer viewer;

    @Inject
    WebConfig config;

    @GET
    @RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR, Viewer.AUDITOR })
    public TemplateInstance start() {
        return start.data("page", chrome.page("Start", "/")).data("role", viewer.primaryRole())
                .data("viewer", viewer);
    }

    @GET
    @Path("utloggad")
    @PermitAll
    public TemplateInstance signedOut() {
        return signedOut.data("page", Page.anonymous(config.appName(), "Du är utloggad"));
    }
}
