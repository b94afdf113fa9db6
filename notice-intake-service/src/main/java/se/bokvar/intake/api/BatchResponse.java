package se.bokvar.intake.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.Receipt;

import se.bokvar.platform.problem.Problem;

/**
 * The answer to a batch: one result per item, in the order sent.
 *
 * @param received        items stored now
 * @param alreadyReceived items that were received before (same landlord, kind and reference, same content): the
 *                        original receipt is returned
 * @param rejected        items refused (invalid, or a reference already used for another content)
 */
@Schema(name = "NoticeBatchResult")
public record BatchResponse(int received, int alreadyReceived, int rejected, List<ItemResult> results) {

    /**
     * The result of one item.
     *
     * @param index   the item's position in the request (0-based)
     * @param outcome RECEIVED, ALREADY_RECEIVED, INVALID, CONFLICT or TOO_MANY_FOR_HOUSEHOLD (429: the sender
     *                exceeded the bound for one household; send the item again later)
     * @param status  the HTTP status the item would have had on its own: 201, 200, 400 or 409
     * @param receipt the receipt (RECEIVED, ALREADY_RECEIVED)
     * @param problem why it was refused (INVALID, CONFLICT)
     */
    @Schema(name = "NoticeBatchItemResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, String kind, String landlordReference,
            @Schema(description = "RECEIVED, ALREADY_RECEIVED, INVALID, CONFLICT or TOO_MANY_FOR_HOUSEHOLD") String outcome,
            int status, Receipt receipt, Problem problem) {
    }
}
