package se.bokvar.kronofogden.store;

/** The state of an outbound delivery. "Sent" means {@link #CONFIRMED}: the receiver answered 2xx. */
public enum DeliveryStatus {
    /** Not confirmed yet: attempted again at {@code next_attempt_at}. */
    PENDING,
    /** The receiver confirmed (2xx); no more attempts. */
    CONFIRMED,
    /** A later naming replaced it before it was confirmed; no more attempts (the later one is delivered). */
    SUPERSEDED
}
