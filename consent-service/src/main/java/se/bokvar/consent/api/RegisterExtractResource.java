package se.bokvar.consent.api;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.app.RegisterExtract;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

/**
 * consent-service's part of a register extract (GDPR art. 15; docs/register-extract.md). Supervisors only, and for
 * the whole municipality: unlike the consent endpoints, which a supervisor reaches only on the cases of the own board
 * ({@code ConsentAccess}), the extract answers for everything the municipality as controller holds about the person;
 * the stated purpose and the audit record guard it.
 */
@Path("/api/v1/register-extracts")
@Tag(name = "Register extracts", description = "What consent-service holds about a person (GDPR art. 15), for supervisors")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.SUPERVISOR)
public class RegisterExtractResource {

    static final String EXAMPLE = """
            {
              "personalIdentityNumber": "19850315-2384",
              "purpose": "Begäran om registerutdrag, dnr 2026-1234"
            }""";

    @Inject
    RegisterExtract registerExtract;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "consent-service's part of a person's register extract", description = "Every consent record"
            + " of the person on any case of any board, with every version (CONSENT), and every disclosure question"
            + " asked about the person with its answer (DISCLOSURE_DECISION), oldest first; what concerns other people"
            + " or was written by someone else is flagged for a secrecy review. Covers the whole municipality, not only"
            + " the supervisor's board. The personnummer travels in the body, never in the URL. Audited"
            + " (register.extract, with the person key and the purpose), also when nothing is found.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtractRequest.class),
            examples = @ExampleObject(name = "a person's request", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The records (possibly none) and the kinds looked in",
            content = @Content(schema = @Schema(implementation = ServiceExtract.class)))
    @APIResponse(responseCode = "400", description = "Invalid personnummer or purpose; nothing was read or audited")
    public Uni<ServiceExtract> extract(@NotNull @Valid ExtractRequest request) {
        return registerExtract.extract(caller.get(), request);
    }
}
