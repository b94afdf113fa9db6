package se.bokvar.intake.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import se.bokvar.intake.app.WriteAnswer;

/** How the notice endpoints answer: the texts documenting their answers, and how a write's answer is sent. */
final class ApiAnswer {

    private ApiAnswer() {
    }

    static final String IDEMPOTENCY_DOC = "Optional. The same key with the same body returns the original answer"
            + " (header Idempotent-Replayed: true); the same key with another body is a 409. Keys are scoped to your"
            + " landlord id; use a new UUID per request.";
    static final String RECEIPT_DOC = "Received; the body is the receipt (kvittens). Location: the status URL.";
    static final String DUPLICATE_DOC = "Already received: a notice of this kind with this landlordReference and the"
            + " same content exists; the body is its original receipt";
    static final String HOUSEHOLD_BOUND_DOC = "Not received: this sender sent more new notices for the household than the"
            + " bound allows in a short time (too-many-notices-for-household); send it again after Retry-After seconds";
    static final String CONFLICT_DOC = "The landlordReference is taken by a notice with other content, the"
            + " Idempotency-Key was used for another request, or the notice's state does not allow this";

    /** A write's answer: its status, its JSON, its Location and, for a replay, {@code Idempotent-Replayed: true}. */
    static Response response(WriteAnswer outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status()).type(MediaType.APPLICATION_JSON).entity(outcome.json());
        if (outcome.location() != null) {
            response.location(outcome.location());
        }
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
