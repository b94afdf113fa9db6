package se.bokvar.kronofogden.store;

/** How one delivery attempt ended (column {@code delivery_attempt.outcome} and {@code delivery.last_outcome}). */
public enum AttemptOutcome {
    /** The receiver answered 2xx. */
    CONFIRMED,
    /** The receiver answered with another status. */
    REFUSED,
    /** No answer: refused connection, timeout. */
    UNREACHABLE
}
