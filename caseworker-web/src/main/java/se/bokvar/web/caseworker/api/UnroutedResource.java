package se.bokvar.web.caseworker.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.Refusal;
import se.bokvar.web.caseworker.app.UnroutedPage;

/**
 * Ej fördelade underrättelser (supervisors) and moving a case to a board: Post/Redirect/Get when done, the page again
 * with the refusal in Swedish (and case-service's status) when case-service says no.
 */
@Path(UnroutedResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Viewer.SUPERVISOR)
public class UnroutedResource {

    public static final String PATH = "/ej-fordelade";

    @Inject
    @Location("unrouted.html")
    Template template;

    @Inject
    UnroutedPage unrouted;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance list(@QueryParam("flyttat") String moved, @QueryParam("sida") String page) {
        return page("1".equals(moved) ? "Ärendet är flyttat till nämnden." : null, null, page(page));
    }

    @POST
    @Path("{id}/namnd")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response route(@PathParam("id") UUID id, @RestForm String board, @RestForm String reason) {
        Optional<Refusal> refusal = unrouted.route(id, board, reason);
        if (refusal.isEmpty()) {
            return Response.seeOther(URI.create(PATH + "?flyttat=1")).build();
        }
        int status = refusal.get().type() != null && refusal.get().type().endsWith("validation") ? 400 : 409;
        String html = page(null, refusal.get(), 1).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private TemplateInstance page(String confirmation, Refusal refusal, int page) {
        return template.data("page", chrome.page("Ej fördelade underrättelser", PATH)).data("m", unrouted.read(page))
                .data("confirmation", confirmation).data("refusal", refusal);
    }

    /** The page asked for: a number from 1, else the first. */
    private static int page(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
