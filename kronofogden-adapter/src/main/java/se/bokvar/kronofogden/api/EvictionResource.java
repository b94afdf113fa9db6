package se.bokvar.kronofogden.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import se.bokvar.kronofogden.app.eviction.ReadEvictionStatus;
import se.bokvar.kronofogden.app.eviction.ReceiveEvictionNotice;
import se.bokvar.kronofogden.app.eviction.ReceiveEvictionUpdate;
import se.bokvar.platform.security.Roles;

/**
 * Kronofogden's eviction notices and updates (contract: docs/kronofogden/adapter-api.openapi.yaml). Only
 * Kronofogden's integration client (role {@code kronofogden}) may call these.
 */
@Path("/api/v1/evictions")
@Tag(name = "Evictions", description = "Kronofogden's eviction notices (underrättelse om avhysning) and updates")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.KRONOFOGDEN)
public class EvictionResource {

    private final ReceiveEvictionNotice receiveNotice;
    private final ReceiveEvictionUpdate receiveUpdate;
    private final ReadEvictionStatus readStatus;

    @Inject
    public EvictionResource(ReceiveEvictionNotice receiveNotice, ReceiveEvictionUpdate receiveUpdate, ReadEvictionStatus readStatus) {
        this.receiveNotice = receiveNotice;
        this.receiveUpdate = receiveUpdate;
        this.readStatus = readStatus;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an eviction notice (underrättelse om avhysning)",
            description = "Idempotent on kfmCaseNumber: the same notice again answers 200 with the original receipt; another"
                    + " notice with a known kfmCaseNumber answers 409 (send changes as updates). Social services acknowledge"
                    + " it the same calendar day (Europe/Stockholm), naming the responsible caseworker.")
    @APIResponse(responseCode = "201", description = "Received; the receipt",
            content = @Content(schema = @Schema(implementation = NoticeReceipt.class)))
    @APIResponse(responseCode = "200", description = "Received before with the same content; the original receipt",
            content = @Content(schema = @Schema(implementation = NoticeReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid notice: every invalid field is listed; nothing was stored")
    @APIResponse(responseCode = "409", description = "Another notice with this kfmCaseNumber was received before")
    public Uni<Response> notice(@NotNull @Valid EvictionNoticeRequest request) {
        return receiveNotice.receive(EvictionMapping.command(request)).map(received -> {
            NoticeReceipt receipt = EvictionMapping.receipt(received.body());
            return received.created() ? Response.created(receipt.statusUrl()).entity(receipt).build() : Response.ok(receipt).build();
        });
    }

    @GET
    @Path("/{kfmCaseNumber}")
    @Operation(summary = "Read the status of a notice: receipt, latest acknowledgement, updates")
    @APIResponse(responseCode = "200", description = "The notice's status",
            content = @Content(schema = @Schema(implementation = EvictionStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such Kronofogden case")
    public Uni<EvictionStatusView> status(@PathParam("kfmCaseNumber")
            @Pattern(regexp = EvictionNoticeRequest.KFM_CASE_NUMBER, message = EvictionNoticeRequest.KFM_CASE_NUMBER_MESSAGE)
            String kfmCaseNumber) {
        return readStatus.read(kfmCaseNumber).map(EvictionMapping::status);
    }

    @POST
    @Path("/{kfmCaseNumber}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an eviction case: new date, postponement granted, cancelled, carried out",
            description = "Idempotent on updateId. NEW_DATE and POSTPONED carry evictionAt; CANCELLED and CARRIED_OUT do not."
                    + " A cancelled or carried-out case takes no more updates (409).")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = UpdateReceipt.class)))
    @APIResponse(responseCode = "200", description = "Received before with the same content",
            content = @Content(schema = @Schema(implementation = UpdateReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid update; nothing was stored")
    @APIResponse(responseCode = "404", description = "No such Kronofogden case")
    @APIResponse(responseCode = "409", description = "The updateId was used for another update, or the case is closed")
    public Uni<Response> update(@PathParam("kfmCaseNumber")
            @Pattern(regexp = EvictionNoticeRequest.KFM_CASE_NUMBER, message = EvictionNoticeRequest.KFM_CASE_NUMBER_MESSAGE)
            String kfmCaseNumber, @NotNull @Valid EvictionUpdateRequest request) {
        return receiveUpdate.receive(kfmCaseNumber, EvictionMapping.command(request)).map(received -> Response
                .status(received.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(EvictionMapping.receipt(received.body())).build());
    }
}
