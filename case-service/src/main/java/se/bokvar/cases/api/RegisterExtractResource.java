package se.bokvar.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.extract.RegisterExtract;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/register-extracts")
@Tag(name = "Register extract", description = "What case-service holds about a person (GDPR art. 15), for supervisors")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class RegisterExtractResource {

    @Inject
    RegisterExtract extract;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "case-service's part of a person's register extract",
            description = "Every case the person is a member of with everything on it as stored, events waiting for a notice "
                    + "naming them, and the audit records of who read or changed their cases. For the whole municipality; "
                    + "audited with the purpose (register.extract, the person key). Other people's data and free text are "
                    + "included and flagged for a secrecy review (docs/register-extract.md).")
    @APIResponse(responseCode = "200", description = "The extract",
            content = @Content(schema = @Schema(implementation = ServiceExtract.class)))
    @APIResponse(responseCode = "400", description = "An invalid personnummer or a purpose under 10 characters; nothing read")
    public Uni<ServiceExtract> extract(@NotNull @Valid ExtractRequest request) {
        return extract.handle(caller.get(), request);
    }
}
