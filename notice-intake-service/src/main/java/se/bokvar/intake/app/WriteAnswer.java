package se.bokvar.intake.app;

import java.net.URI;

/**
 * What a write answers: the HTTP status, the JSON body (a receipt), the Location, and whether it is a replay of an
 * earlier answer (idempotency key, or the same notice again).
 */
public record WriteAnswer(int status, String json, URI location, boolean replayed) {

    /** A new write: stored now, not a replay. */
    boolean isNew() {
        return !replayed && status == 201;
    }
}
