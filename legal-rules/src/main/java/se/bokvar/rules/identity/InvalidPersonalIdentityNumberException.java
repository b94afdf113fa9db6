package se.bokvar.rules.identity;

import java.util.Objects;

/**
 * A string is not a valid personnummer or samordningsnummer. The message says what is wrong and never contains
 * the input.
 */
public final class InvalidPersonalIdentityNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Reason {
        /** Not 10 or 12 digits with an optional '-' or '+' before the last four; or birth number 000. */
        FORMAT("not a personal identity number: expected 10 or 12 digits, optionally with '-' or '+' before the"
                + " last four"),
        /** The date part is not a calendar date (also for a samordningsnummer, day minus 60). */
        DATE("the date part is not a valid date"),
        /** The Luhn check digit does not match. */
        CHECK_DIGIT("check digit does not match"),
        /** The birth date is after today. */
        FUTURE_DATE("the birth date is in the future"),
        /** A '+' (100 years or older) on a 12-digit number of someone younger than 100. */
        CENTURY_MARKER("the '+' separator means one hundred years or older, which the birth date contradicts");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /** The fixed message for this reason (it never contains the input). */
        public String message() {
            return message;
        }
    }

    private final Reason reason;

    /** An exception for {@code reason}, with that reason's fixed message. */
    public InvalidPersonalIdentityNumberException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason must not be null").message());
        this.reason = reason;
    }

    /** What is wrong with the input. */
    public Reason reason() {
        return reason;
    }
}
