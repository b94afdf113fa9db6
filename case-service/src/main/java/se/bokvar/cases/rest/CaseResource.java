package se.bokvar.cases.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.CaseQueries;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Cases of your unit")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CASEWORKER, Roles.SUPERVISOR })
public class CaseResource {

    @Inject
    CaseQueries queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Find the case a notice was registered on", description = "Only cases of your unit are shown.")
    public Uni<List<CaseSummary>> byNotice(@QueryParam("noticeId") @NotNull UUID noticeId) {
        return queries.byNotice(caller.get(), noticeId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case of your unit", description = "Every read is recorded in the audit trail.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case in your unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> read(@PathParam("id") UUID id) {
        return queries.read(caller.get(), id);
    }
}
