package se.bokvar.rules.retention;

import java.time.LocalDate;
import java.time.Month;

/**
 * The answer to "may this case's record be erased today, and by when must it be?".
 *
 * @param status       what to do today
 * @param erasableFrom the first day the record may be erased, taking later cases of the same people into account;
 *                     {@code null} when {@link Status#KEPT_FOR_RESEARCH}
 * @param eraseBy      the last day by which it must be erased: 31 December, after {@code erasableFrom};
 *                     {@code null} when {@link Status#KEPT_FOR_RESEARCH}
 * @param reason       why, as one English sentence without personal data (no number, name or date)
 * @param legalBasis   the provision the decision rests on, e.g. "socialtjänstförordningen (2001:937) 7 kap. 2 §"
 */
public record RetentionDecision(
        Status status, LocalDate erasableFrom, LocalDate eraseBy, String reason, String legalBasis) {

    /**
     * Checks that the components agree.
     *
     * @throws IllegalArgumentException if a component is missing, a date is given for a record kept for research,
     *                                  or {@code eraseBy} is not a 31 December after {@code erasableFrom}
     */
    public RetentionDecision {
        if (status == null) {
            throw new IllegalArgumentException("status must not be null");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("legalBasis must not be blank");
        }
        if (status == Status.KEPT_FOR_RESEARCH) {
            if (erasableFrom != null || eraseBy != null) {
                throw new IllegalArgumentException("a record kept for research has no erasure dates");
            }
        } else {
            if (erasableFrom == null || eraseBy == null) {
                throw new IllegalArgumentException("erasableFrom and eraseBy are required unless kept for research");
            }
            if (eraseBy.getMonth() != Month.DECEMBER || eraseBy.getDayOfMonth() != 31) {
                throw new IllegalArgumentException("eraseBy must be a 31 December");
            }
            if (!eraseBy.isAfter(erasableFrom)) {
                throw new IllegalArgumentException("eraseBy must be after erasableFrom");
            }
        }
    }

    /** Whether the record may (and must) be erased today: {@link Status#DUE} or {@link Status#OVERDUE}. */
    public boolean mayErase() {
        return status == Status.DUE || status == Status.OVERDUE;
    }

    /** What to do with the record today. */
    public enum Status {
        /** Not yet erasable: the period after the case's own last entry has not ended. */
        KEEP,
        /** Erasable today, and the end-of-year deadline has not passed: erase it by {@code eraseBy}. */
        DUE,
        /** Erasable, and the deadline ({@code eraseBy}) has passed: erase it now. */
        OVERDUE,
        /** Never erased: a person on the case was born on a research day (SoF 7 kap. 2 §). */
        KEPT_FOR_RESEARCH,
        /**
         * The period after the case's own last entry has ended, but a case sharing a person with it (directly or
         * through a chain of shared persons) has a later last entry whose period has not.
         */
        KEPT_FOR_LATER_CASE
    }
}
