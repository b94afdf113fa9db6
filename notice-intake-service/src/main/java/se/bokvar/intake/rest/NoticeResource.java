package se.bokvar.intake.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.service.NoticeIntake;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/notices")
@Tag(name = "Notices", description = "Landlords' notices to social services")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LANDLORD)
public class NoticeResource {

    @Inject
    NoticeIntake intake;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/termination-unpaid-rent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a termination for unpaid rent (JB 12:44 / BRL 7:23)",
            description = "Validates and stores the notice and answers with a receipt. The notice reaches case management even if it is briefly unavailable.")
    @APIResponse(responseCode = "201", description = "Received; the body is the receipt",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid notice: every invalid field is listed; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> termination(@NotNull @Valid TerminationNoticeRequest request) {
        String landlordId = landlordId();
        return intake.receiveTermination(landlordId, request)
                .map(receipt -> Response.created(receipt.statusUrl()).entity(receipt).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read the delivery status of one of your notices")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoticeStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such notice of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeStatusView> status(@PathParam("id") UUID id) {
        return intake.status(landlordId(), id);
    }

    private String landlordId() {
        return caller.get().landlord().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "This client has no landlord_id claim; ask the platform administrator to configure it."));
    }

}
