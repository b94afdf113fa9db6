package se.bokvar.rules.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When social services' written commitment to pay (by registered letter to the landlord) was sent, against the
 * recovery period's last day (JB 12:44). It is never refused: a late one is recorded and flagged.
 */
public enum PaymentCommitmentTiming {
    /** Sent more than a day before the period ends. */
    ON_TIME,
    /** Sent on the last day or the day before: warn, the letter may not arrive in time. */
    PERIOD_ENDS_WITHIN_A_DAY,
    /** Sent after the last day: recorded and flagged, the household may not be protected. */
    AFTER_PERIOD,
    /** The case has no running recovery period (no active termination for unpaid rent). */
    NO_RECOVERY_PERIOD;

    /**
     * @param sentOn  the Stockholm day the registered letter was sent
     * @param lastDay the recovery period's last day, or null if the case has none
     */
    public static PaymentCommitmentTiming of(LocalDate sentOn, LocalDate lastDay) {
        Objects.requireNonNull(sentOn, "sentOn must not be null");
        if (lastDay == null) {
            return NO_RECOVERY_PERIOD;
        }
        if (sentOn.isAfter(lastDay)) {
            return AFTER_PERIOD;
        }
        return sentOn.plusDays(1).isBefore(lastDay) ? ON_TIME : PERIOD_ENDS_WITHIN_A_DAY;
    }
}
