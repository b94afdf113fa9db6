package se.bokvar.consent.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.app.ChangeConsent;
import se.bokvar.consent.app.ReadConsent;
import se.bokvar.consent.app.RecordConsent;
import se.bokvar.consent.app.RenderConsentForm;
import se.bokvar.consent.app.WithdrawConsent;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1")
@Tag(name = "Consents", description = "Consent (samtycke) records of a case's persons: give, change, withdraw, read, print")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ Roles.CASEWORKER, Roles.SUPERVISOR })
public class ConsentResource {

    static final String NEW_CONSENT_EXAMPLE = """
            {
              "personalIdentityNumber": "19850315-2384",
              "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                           { "kind": "BUDGET_DEBT_COUNSELLING" } ],
              "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
              "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
              "form": "WRITTEN",
              "givenOn": "2026-11-20",
              "validUntil": "2027-05-31",
              "signedFormReference": "TRESERVA-2026-11-20-0042"
            }""";

    static final String WITHDRAWAL_EXAMPLE = """
            { "purposes": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "2026-11-22", "form": "ORAL_DOCUMENTED",
              "note": "Said on the phone she will pay the debt herself", "basedOnVersion": 1 }""";

    @Inject
    RecordConsent recordConsent;

    @Inject
    ChangeConsent changeConsent;

    @Inject
    WithdrawConsent withdrawConsent;

    @Inject
    ReadConsent readConsent;

    @Inject
    RenderConsentForm renderForm;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/cases/{caseId}/consents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The consents of a case", description = "Every consent record of the case's persons with its"
            + " current version. Audited.")
    @APIResponse(responseCode = "200", description = "The case's consents", content = @Content(schema = @Schema(implementation = ConsentView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case for you")
    public Uni<List<ConsentView>> list(@PathParam("caseId") UUID caseId) {
        return readConsent.ofCase(caller.get(), caseId).map(list -> list.stream().map(ConsentView::from).toList());
    }

    @POST
    @Path("/cases/{caseId}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a consent", description = "Records a consent the person has given (written, with the"
            + " reference to the signed form, or oral and documented), or another recorded legal ground (OSL_26_9C)."
            + " Version 1; announced as se.bokvar.consent.changed.v1. Audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConsentRequest.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "written", value = NEW_CONSENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid: every invalid field is listed; nothing was stored")
    @APIResponse(responseCode = "404", description = "No such case for you")
    @APIResponse(responseCode = "409", description = "The person is not one of the case's persons")
    public Uni<Response> give(@PathParam("caseId") UUID caseId, @NotNull @Valid ConsentRequest request) {
        return recordConsent.record(caller.get(), caseId, request.toCommand()).map(ConsentView::from)
                .map(view -> Response.created(URI.create("/api/v1/consents/" + view.id())).entity(view).build());
    }

    @POST
    @Path("/cases/{caseId}/consent-forms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Print a consent form to sign", description = "Renders the consent the person is asked to give"
            + " as a Swedish HTML page to print and sign. Records nothing (but the read, in the audit trail): once"
            + " signed, record it with form WRITTEN and the signed form's reference.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "400", description = "Invalid")
    public Uni<String> prepareForm(@PathParam("caseId") UUID caseId, @NotNull @Valid ConsentFormRequest request) {
        return renderForm.toSign(caller.get(), caseId, request.toCommand());
    }

    @GET
    @Path("/consents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a consent with its whole history", description = "Every version, oldest first. Audited.")
    @APIResponse(responseCode = "200", description = "The consent with every version, oldest first",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No such consent for you")
    public Uni<ConsentView> read(@PathParam("id") UUID id) {
        return readConsent.one(caller.get(), id).map(ConsentView::from);
    }

    @POST
    @Path("/consents/{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a consent", description = "A new version with the full new scope: may add parties,"
            + " purposes and categories, or change the end date, form or signed-form reference; never removes (that is"
            + " a withdrawal). Takes effect at once. Audited and announced.")
    @APIResponse(responseCode = "200", description = "The consent with its new version",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid; nothing was stored")
    @APIResponse(responseCode = "409", description = "Wholly withdrawn, or changed since basedOnVersion")
    public Uni<ConsentView> change(@PathParam("id") UUID id, @NotNull @Valid ChangeRequest request) {
        return changeConsent.change(caller.get(), id, request.toCommand()).map(ConsentView::from);
    }

    @POST
    @Path("/consents/{id}/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a consent, wholly or partly", description = "The person withdraws everything"
            + " (whole: true) or some parties, purposes or categories; the rest still holds. A new version; takes"
            + " effect for decisions at once. Audited and announced.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "one purpose", value = WITHDRAWAL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The consent with its new version",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid (e.g. names something the consent does not cover); nothing was stored")
    @APIResponse(responseCode = "409", description = "Already wholly withdrawn, or changed since basedOnVersion")
    public Uni<ConsentView> withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawalRequest request) {
        return withdrawConsent.withdraw(caller.get(), id, request.toCommand()).map(ConsentView::from);
    }

    @GET
    @Path("/consents/{id}/form")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The recorded consent as a form to print and sign", description = "Swedish HTML print view of"
            + " the current version (or ?version=N): exactly what the person agrees to, until when, how to withdraw,"
            + " and signature lines. Audited.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such consent or version for you")
    @APIResponse(responseCode = "409", description = "Not a consent (another legal ground), or a wholly withdrawn version")
    public Uni<String> form(@PathParam("id") UUID id,
            @Parameter(description = "A version number (default: the current version)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))
            @QueryParam("version") String version) {
        Integer number = null;
        if (version != null && !version.isBlank()) {
            try {
                number = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                throw ProblemException.validation("version", "must be a whole number from 1");
            }
        }
        return renderForm.recorded(caller.get(), id, number);
    }
}
