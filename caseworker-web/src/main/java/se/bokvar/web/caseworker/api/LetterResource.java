package se.bokvar.web.caseworker.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
import se.bokvar.web.caseworker.app.CaseLetters;

/**
 * Brev till hyresgästen: the case's tenant letters (the copy of the acknowledgement to Kronofogden), each shown exactly
 * as dispatched, in a sandbox ({@link SandboxedDocument}: the letter carries its own inline styles). case-service
 * audits every read.
 */
@Path("/arenden/{id}/brev")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class LetterResource {

    @Inject
    @Location("letters.html")
    Template template;

    @Inject
    CaseLetters letters;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance list(@PathParam("id") UUID id) {
        return template.data("page", chrome.page("Brev till hyresgästen", "/inkorg")).data("caseId", id)
                .data("letters", letters.of(id));
    }

    @GET
    @Path("{letterId}")
    public Response letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId,
            @Context HttpServerResponse http) {
        return SandboxedDocument.of(http, letters.letter(id, letterId));
    }
}
