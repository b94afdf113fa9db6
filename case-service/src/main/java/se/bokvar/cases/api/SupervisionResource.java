package se.bokvar.cases.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseSummary;
import se.bokvar.cases.app.casefile.FindCases;
import se.bokvar.cases.app.casefile.OverdueAcknowledgement;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/supervision")
@Tag(name = "Supervision", description = "Supervisors: the unrouted queue, overdue acknowledgements")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class SupervisionResource {

    @Inject
    FindCases queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/unrouted")
    @Operation(summary = "The unrouted queue: open cases whose postal code no board covers, oldest first",
            description = "Move one to a board with PUT /api/v1/cases/{id}/board. The listing is audited.")
    public Uni<List<CaseSummary>> unrouted(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return queries.unrouted(caller.get(), limit);
    }

    @GET
    @Path("/overdue-acknowledgements")
    @Operation(summary = "Acknowledgements to Kronofogden not confirmed on their day (OVERDUE), for your board and unrouted cases",
            description = "kronofogden-adapter reports them; the responsible caseworker is named in each. The listing is audited.")
    public Uni<List<OverdueAcknowledgement>> overdueAcknowledgements() {
        return queries.overdueAcknowledgements(caller.get());
    }
}
