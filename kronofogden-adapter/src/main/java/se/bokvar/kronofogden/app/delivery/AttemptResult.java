package se.bokvar.kronofogden.app.delivery;

import java.net.ConnectException;
import java.time.Instant;

import jakarta.ws.rs.WebApplicationException;

import se.bokvar.kronofogden.store.AttemptOutcome;

/**
 * What one delivery attempt got: the outcome, the HTTP status (if any), a detail without personal data (status line
 * or exception type), and for a confirmation the receiver's reference and when it confirmed.
 */
record AttemptResult(AttemptOutcome outcome, Integer httpStatus, String detail, String reference, Instant confirmedAt) {

    static AttemptResult confirmed(int status, String reference, Instant at) {
        return new AttemptResult(AttemptOutcome.CONFIRMED, status, "HTTP " + status, reference, at);
    }

    static AttemptResult refused(int status) {
        return new AttemptResult(AttemptOutcome.REFUSED, status, "HTTP " + status, null, null);
    }

    /** A failed call: an error status is a refusal, no answer at all is unreachable. */
    static AttemptResult failed(Throwable failure) {
        if (failure instanceof WebApplicationException w && w.getResponse() != null) {
            return refused(w.getResponse().getStatus());
        }
        Throwable root = rootCause(failure);
        String detail = root instanceof ConnectException ? "connection refused" : root.getClass().getSimpleName();
        return new AttemptResult(AttemptOutcome.UNREACHABLE, null, detail, null, null);
    }

    static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The root cause's type and message, for logs. */
    static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        // the type only: a message may carry a row's data (a constraint violation names the key's value)
        return root.getClass().getSimpleName();
    }
}
