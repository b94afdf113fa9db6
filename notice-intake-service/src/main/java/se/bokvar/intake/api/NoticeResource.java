package se.bokvar.intake.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.app.AmendmentReceipt;
import se.bokvar.intake.app.CorrectNotice;
import se.bokvar.intake.app.IdempotentWrite;
import se.bokvar.intake.app.ListNotices;
import se.bokvar.intake.app.ReadNotice;
import se.bokvar.intake.app.Receipt;
import se.bokvar.intake.app.ReceiveBatch;
import se.bokvar.intake.app.ReceiveNotice;
import se.bokvar.intake.app.RecordServedDate;
import se.bokvar.intake.app.WithdrawNotice;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;
import se.bokvar.rules.notice.NoticeKind;

@Path("/api/v1/notices")
@Tag(name = "Notices", description = "Landlords' notices to social services (underrättelser), their receipts and delivery status")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LANDLORD)
@APIResponse(responseCode = "400", description = "Invalid request: every invalid field is listed; nothing was stored")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a landlord client")
public class NoticeResource {

    @Inject
    ReceiveNotice receive;

    @Inject
    ReceiveBatch batch;

    @Inject
    BatchMapping batchMapping;

    @Inject
    CorrectNotice correct;

    @Inject
    RecordServedDate servedDate;

    @Inject
    WithdrawNotice withdraw;

    @Inject
    ReadNotice read;

    @Inject
    ListNotices list;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/termination-unpaid-rent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a termination for unpaid rent (JB 12:44 / BRL 7:23)",
            description = "Validates and stores the notice and answers with a receipt. The receipt's time starts the recovery"
                    + " period if the tenant was already served. The notice reaches case management even if case management"
                    + " or Kafka is briefly unavailable.")
    @APIResponse(responseCode = "201", description = ApiAnswer.RECEIPT_DOC, headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = ApiAnswer.DUPLICATE_DOC, content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = ApiAnswer.CONFLICT_DOC)
    @APIResponse(responseCode = "429", description = ApiAnswer.HOUSEHOLD_BOUND_DOC, headers = @Header(name = "Retry-After"))
    public Uni<Response> termination(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TerminationNoticeRequest.class), examples = {
                            @ExampleObject(name = "rental", summary = "Rented flat (Jordabalken 12 kap. 44 §)", value = Examples.TERMINATION),
                            @ExampleObject(name = "tenant-owned", summary = "Tenant-owned flat, served date not yet known (Bostadsrättslagen 7 kap. 23 §)", value = Examples.TERMINATION_TENANT_OWNED) }))
            @NotNull @Valid TerminationNoticeRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return receive.receive(landlordId(), RequestMapping.form(request), idempotencyKey).map(ApiAnswer::response);
    }

    @POST
    @Path("/rectification-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a request to rectify a disturbance or lack of care (anmodan om rättelse, JB 12:25, 12:42)",
            description = "The notice must reach social services before the landlord may terminate.")
    @APIResponse(responseCode = "201", description = ApiAnswer.RECEIPT_DOC, headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = ApiAnswer.DUPLICATE_DOC, content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = ApiAnswer.CONFLICT_DOC)
    @APIResponse(responseCode = "429", description = ApiAnswer.HOUSEHOLD_BOUND_DOC, headers = @Header(name = "Retry-After"))
    public Uni<Response> rectification(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RectificationNoticeRequest.class),
                    examples = @ExampleObject(name = "disturbance", value = Examples.RECTIFICATION)))
            @NotNull @Valid RectificationNoticeRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return receive.receive(landlordId(), RequestMapping.form(request), idempotencyKey).map(ApiAnswer::response);
    }

    @POST
    @Path("/early-warning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an early warning (late payments, complaints, concern for children)",
            description = "Before any formal notice; social services take a position on every early warning too.")
    @APIResponse(responseCode = "201", description = ApiAnswer.RECEIPT_DOC, headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = ApiAnswer.DUPLICATE_DOC, content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "409", description = ApiAnswer.CONFLICT_DOC)
    @APIResponse(responseCode = "429", description = ApiAnswer.HOUSEHOLD_BOUND_DOC, headers = @Header(name = "Retry-After"))
    public Uni<Response> earlyWarning(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EarlyWarningRequest.class),
                    examples = @ExampleObject(name = "late-payments", value = Examples.EARLY_WARNING)))
            @NotNull @Valid EarlyWarningRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return receive.receive(landlordId(), RequestMapping.form(request), idempotencyKey).map(ApiAnswer::response);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send up to 1,000 notices at once (large landlords)",
            description = "Each item is read, validated and answered on its own (partial success): the result lists, in"
                    + " order, RECEIVED (201, with the receipt), ALREADY_RECEIVED (200, the original receipt: same kind,"
                    + " landlordReference and content as a notice received before), INVALID (400, with the problem) or"
                    + " CONFLICT (409: the reference is taken by other content). Transaction semantics: all valid new items"
                    + " are stored together in one transaction, each with its event; if the database is unavailable the"
                    + " answer is 503 (another failure: 500) and nothing of the batch was stored. Sending the same batch again is safe: items are idempotent"
                    + " through the landlord's reference. Body limit: 4 MiB (413 above it; split the batch).")
    @APIResponse(responseCode = "200", description = "Every item's result", content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "413", description = "The body exceeds 4 MiB")
    @APIResponse(responseCode = "503", description = "The notice store is unavailable; nothing was stored")
    public Uni<BatchResponse> batch(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchRequest.class),
                    examples = @ExampleObject(name = "two-notices", value = Examples.BATCH)))
            @NotNull @Valid BatchRequest request) {
        String landlordId = landlordId();
        List<BatchMapping.Item> items = batchMapping.read(request.notices());
        return batch.receive(landlordId, BatchMapping.valid(items)).map(stored -> BatchMapping.answer(items, stored));
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a notice: send the complete corrected notice and the reason",
            description = "The original and every correction are kept (history). The corrected notice is of the same kind and"
                    + " keeps the landlordReference. A corrected termination starts the recovery period again from the"
                    + " correction's receipt (NJA 1985 s. 586); a served date already known stays unless the correction gives"
                    + " another. Not possible after a withdrawal (409).")
    @APIResponse(responseCode = "201", description = "The correction's receipt", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AmendmentReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    @APIResponse(responseCode = "409", description = ApiAnswer.CONFLICT_DOC)
    public Uni<Response> correct(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CorrectionRequest.class),
                    examples = @ExampleObject(name = "wrong-debt", value = Examples.CORRECTION)))
            @NotNull @Valid CorrectionRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return correct.correct(landlordId(), id, RequestMapping.correction(request), idempotencyKey).map(ApiAnswer::response);
    }

    @POST
    @Path("/{id}/served-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report the day a termination was served on the tenant (delgivning)",
            description = "When the landlord learns it after sending the notice. It sets the start of the recovery period"
                    + " (the later of this day and the receipt); it is not a correction. 409 if the date is already known"
                    + " (send a correction to change it) or the notice is not a termination.")
    @APIResponse(responseCode = "201", description = "The update's receipt, with the recovery period", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AmendmentReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    @APIResponse(responseCode = "409", description = ApiAnswer.CONFLICT_DOC)
    public Uni<Response> servedDate(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServedDateRequest.class),
                    examples = @ExampleObject(name = "served", value = Examples.SERVED_DATE)))
            @NotNull @Valid ServedDateRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return servedDate.record(landlordId(), id, RequestMapping.servedDate(request), idempotencyKey).map(ApiAnswer::response);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a notice (debt paid, termination withdrawn, sent in error)")
    @APIResponse(responseCode = "201", description = "The withdrawal's receipt", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AmendmentReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    @APIResponse(responseCode = "409", description = "Already withdrawn, or the Idempotency-Key was used for another request")
    public Uni<Response> withdraw(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WithdrawalRequest.class),
                    examples = @ExampleObject(name = "debt-paid", value = Examples.WITHDRAWAL)))
            @NotNull @Valid WithdrawalRequest request,
            @Parameter(name = IdempotentWrite.HEADER, in = ParameterIn.HEADER, description = ApiAnswer.IDEMPOTENCY_DOC)
            @HeaderParam(IdempotentWrite.HEADER) String idempotencyKey) {
        return withdraw.withdraw(landlordId(), id, RequestMapping.withdrawal(request), idempotencyKey).map(ApiAnswer::response);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one of your notices: delivery status and history",
            description = "RECEIVED, HANDED_TO_CASE_MANAGEMENT (case management registered it) or WITHDRAWN; never anything"
                    + " about what social services do. Another landlord's notice is 404.")
    @APIResponse(responseCode = "200", description = "The notice's status and history",
            content = @Content(schema = @Schema(implementation = NoticeStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    public Uni<NoticeStatusView> status(@PathParam("id") UUID id) {
        return read.read(landlordId(), id).map(RequestMapping::view);
    }

    @GET
    @Operation(summary = "List your notices, newest first",
            description = "Filter by landlordReference and kind (e.g. to find a notice after a lost answer).")
    @APIResponse(responseCode = "200", description = "Your notices, newest first",
            content = @Content(schema = @Schema(implementation = NoticeList.class)))
    public Uni<NoticeList> list(
            @Parameter(description = "Your reference") @QueryParam("landlordReference") @Size(max = 64) String landlordReference,
            @Parameter(description = "TERMINATION_UNPAID_RENT, RECTIFICATION_REQUEST or EARLY_WARNING") @QueryParam("kind") String kind,
            @Parameter(description = "1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "How many to skip") @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(1_000_000) int offset) {
        NoticeKind parsedKind = null;
        if (kind != null) {
            parsedKind = NoticePath.parse(kind).map(NoticePath::kind).orElseThrow(() -> ProblemException.validation("kind",
                    "must be one of TERMINATION_UNPAID_RENT, RECTIFICATION_REQUEST, EARLY_WARNING"));
        }
        return list.list(landlordId(), new ListNotices.Query(landlordReference, parsedKind, limit, offset))
                .map(views -> new NoticeList(views.stream().map(RequestMapping::view).toList(), limit, offset));
    }

    private String landlordId() {
        return caller.get().landlord().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "This client has no landlord_id claim; ask the platform administrator to configure it."));
    }
}
