package se.bokvar.consent.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.app.AuditQuery;
import se.bokvar.consent.app.ReadAuditTrail;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who read or changed which consent, when and why (auditors only)")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    ReadAuditTrail readAuditTrail;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read consent-service's audit trail", description = "Oldest first, in pages. Persons appear"
            + " as person keys (keyed hashes), never by personnummer. Reading the trail is itself audited.")
    @APIResponse(responseCode = "200", description = "A page of the audit trail",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public Uni<AuditPage> find(
            @Parameter(description = "From this moment (inclusive), ISO 8601 with offset", example = "2026-11-01T00:00:00+01:00")
            @QueryParam("from") String from,
            @Parameter(description = "Before this moment (exclusive)", example = "2026-12-01T00:00:00+01:00")
            @QueryParam("to") String to,
            @Parameter(description = "Username or subject of the actor", example = "anna")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "e.g. consent.read, consent.give, consent.change, consent.withdraw, consent.decision,"
                    + " consent.list, consent.form, consent.form.prepare, register.extract, audit.read", example = "consent.read")
            @QueryParam("action") @Size(max = 100) String action,
            @Parameter(description = "A consent id, case id or person key the record names")
            @QueryParam("resourceId") @Size(max = 200) String resourceId,
            @Parameter(description = "The 'next' of the previous page", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("after") String after,
            @Parameter(description = "Records per page, 1 to 1000 (default 100)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long afterId = number("after", after, 0, Long.MAX_VALUE, errors);
        Long pageSize = number("limit", limit, 1, 1000, errors);
        OffsetDateTime fromTime = time("from", from, errors);
        OffsetDateTime toTime = time("to", to, errors);
        if (fromTime != null && toTime != null && !toTime.isAfter(fromTime)) {
            errors.add(new Problem.FieldError("to", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        return readAuditTrail.read(caller.get(), new AuditQuery(fromTime, toTime, blank(actor), blank(action),
                blank(resourceId), afterId, pageSize == null ? 100 : pageSize.intValue())).map(AuditPage::from);
    }

    private static OffsetDateTime time(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a timestamp (ISO 8601 with offset)"));
            return null;
        }
    }

    private static Long number(String field, String value, long min, long max, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be a whole number from " + min + " to " + max));
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
