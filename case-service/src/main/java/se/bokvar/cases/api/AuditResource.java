package se.bokvar.cases.api;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.audit.AuditQueryRequest;
import se.bokvar.cases.app.audit.AuditRecordView;
import se.bokvar.cases.app.audit.QueryAuditTrail;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Auditors: who read which case or person, when, why")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    QueryAuditTrail queries;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/queries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Query the audit trail (auditors)",
            description = "A POST so that a personnummer never travels in a URL; persons are matched by their key. Newest first. The query is audited too.")
    public Uni<List<AuditRecordView>> query(@NotNull @Valid AuditQueryRequest request) {
        return queries.handle(caller.get(), request);
    }
}
