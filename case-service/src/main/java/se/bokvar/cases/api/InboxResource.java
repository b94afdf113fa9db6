package se.bokvar.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.inbox.InboxQuery;
import se.bokvar.cases.app.inbox.InboxView;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/inbox")
@Tag(name = "Inbox", description = "Your unit's open cases, the most urgent deadline first")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CASEWORKER, Roles.SUPERVISOR })
public class InboxResource {

    @Inject
    InboxQuery inbox;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Your unit's inbox",
            description = "Open cases of your board (the children-and-youth unit: those with children affected), sorted by the "
                    + "most urgent open deadline (none last), and the notices still without a recorded position. "
                    + "The listing is audited, naming every case shown.")
    public Uni<InboxView> inbox(
            @Parameter(description = "The case's escalation: EARLY_WARNING, RECTIFICATION_REQUEST, TERMINATION_UNPAID_RENT, EVICTION")
            @QueryParam("type") @Pattern(regexp = "EARLY_WARNING|RECTIFICATION_REQUEST|TERMINATION_UNPAID_RENT|EVICTION") String type,
            @Parameter(description = "PENDING (an open deadline), BREACHED (a breached one), NONE")
            @QueryParam("deadlineState") @Pattern(regexp = "PENDING|BREACHED|NONE") String deadlineState,
            @Parameter(description = "true: children affected; false: not") @QueryParam("children") Boolean children,
            @Parameter(description = "me, unassigned, or any (default)")
            @QueryParam("assigned") @DefaultValue("any") @Pattern(regexp = "me|unassigned|any") String assigned,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(100000) int offset) {
        return inbox.inbox(caller.get(), new InboxQuery.Filters(type, deadlineState, children, assigned, limit, offset));
    }
}
