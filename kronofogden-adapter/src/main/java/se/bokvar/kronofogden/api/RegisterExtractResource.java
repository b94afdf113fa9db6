package se.bokvar.kronofogden.api;

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
import se.bokvar.kronofogden.app.extract.RegisterExtract;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

/**
 * A supervisor's request for the adapter's part of a person's register extract (docs/register-extract.md). Not part
 * of the contract with Kronofogden (docs/kronofogden/adapter-api.openapi.yaml): social services' own API.
 */
@Path("/api/v1/register-extracts")
@Tag(name = "Register extract", description = "What the adapter holds about a person (registerutdrag, GDPR art. 15)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class RegisterExtractResource {

    static final String EXAMPLE = "{\"personalIdentityNumber\": \"19850315-2384\","
            + " \"purpose\": \"Begäran om registerutdrag, dnr 2026-1234\"}";

    private final RegisterExtract extract;
    private final CurrentCaller caller;

    @Inject
    public RegisterExtractResource(RegisterExtract extract, CurrentCaller caller) {
        this.extract = extract;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The adapter's part of a person's register extract (GDPR art. 15)",
            description = "Kronofogden's eviction notices that name the person (EVICTION_NOTICE) and, for those cases,"
                    + " Kronofogden's updates (EVICTION_UPDATE), every delivery as sent with its attempts (DELIVERY:"
                    + " acknowledgements naming the caseworker, the tenants' letters, postponement requests) and the"
                    + " postponement requests with Kronofogden's answers (POSTPONEMENT_REQUEST), oldest first, for the whole"
                    + " municipality. What concerns other people (a co-tenant, a letter to them) is included and flagged"
                    + " OTHER_PERSON; free text written by others (Kronofogden's comments, a caseworker's motivation) is"
                    + " flagged THIRD_PARTY_ACCOUNT: both are reviewed under secrecy before release. The personnummer"
                    + " travels in the body, never in the URL. Audited (register.extract, the person key and the purpose),"
                    + " also when nothing is found. Supervisors only.")
    @APIResponse(responseCode = "200", description = "The adapter's part; `holds` lists the kinds looked in, so empty"
            + " `records` means nothing held", content = @Content(schema = @Schema(implementation = ServiceExtract.class)))
    @APIResponse(responseCode = "400", description = "Invalid personnummer or purpose: the field is named; nothing was read or audited")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a supervisor")
    public Uni<ServiceExtract> extract(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtractRequest.class),
                    examples = @ExampleObject(name = "request", value = EXAMPLE)))
            @NotNull @Valid ExtractRequest request) {
        return extract.handle(caller.get(), request);
    }
}
