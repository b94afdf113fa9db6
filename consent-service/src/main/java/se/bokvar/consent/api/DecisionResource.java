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
import se.bokvar.consent.app.DecideDisclosure;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/decisions")
@Tag(name = "Decisions", description = "May this be disclosed? (docs/consent-decision-api.md)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.CASEWORKER, Roles.SUPERVISOR })
public class DecisionResource {

    static final String EXAMPLE = """
            {
              "caseId": "2b14e882-da3f-4c2c-9fd2-60488238dc41",
              "personalIdentityNumber": "19850315-2384",
              "party": { "kind": "LANDLORD", "id": "hemma-bostader" },
              "purpose": "PAYMENT_COMMITMENT",
              "category": "PAYMENT_COMMITMENT"
            }""";

    @Inject
    DecideDisclosure decideDisclosure;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "May this case's caseworker disclose this now?", description = "ALLOW or DENY with the reason"
            + " and the consent version (or other recorded legal ground) it rests on. Default is deny; a withdrawal"
            + " takes effect at once. Call it with the caseworker's own token; it is audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "payment commitment to the landlord", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The decision (ALLOW or DENY)",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such case for you")
    @APIResponse(responseCode = "409", description = "The person is not one of the case's persons")
    public Uni<DecisionView> decide(@NotNull @Valid DecisionRequest request) {
        return decideDisclosure.decide(caller.get(), request.toCommand()).map(DecisionView::from);
    }
}
