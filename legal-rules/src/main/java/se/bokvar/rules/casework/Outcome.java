package se.bokvar.rules.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * How a case ended (the figures Socialstyrelsen and Kronofogden ask for). An averted eviction names how it was
 * averted ({@link AvertedBy}); {@link #OTHER} needs a note saying what happened.
 */
public enum Outcome {
    /** The household keeps its home. */
    EVICTION_AVERTED,
    /** Kronofogden carried out the eviction. */
    EVICTION_CARRIED_OUT,
    /** The household moved out (handed back the keys) before an eviction. */
    MOVED_OUT,
    /** Social services never reached the household. */
    NO_CONTACT,
    /** Anything else, described in a note (e.g. no action needed after an early warning). */
    OTHER;

    /** How an eviction was averted. */
    public enum AvertedBy {
        /** The debt was paid (by the household or others). */
        DEBT_PAID,
        /** Social services' written payment commitment within the recovery period. */
        PAYMENT_COMMITMENT,
        /** A repayment plan the landlord accepted. */
        REPAYMENT_PLAN,
        /** Another agreement with the landlord (an action plan, support such as boendestöd). */
        AGREEMENT_WITH_LANDLORD,
        /** The lease turned into a short-term contract (korttidskontrakt). */
        SHORT_TERM_CONTRACT
    }

    /**
     * What is wrong with closing with this outcome: an averted eviction needs {@code avertedBy}, other outcomes must
     * not have one, and {@link #OTHER} needs a non-blank note.
     */
    public List<Violation> validate(AvertedBy avertedBy, String note) {
        List<Violation> violations = new ArrayList<>();
        if (this == EVICTION_AVERTED && avertedBy == null) {
            violations.add(new Violation("avertedBy", "is required when the eviction was averted: "
                    + List.of(AvertedBy.values())));
        }
        if (this != EVICTION_AVERTED && avertedBy != null) {
            violations.add(new Violation("avertedBy", "belongs to the outcome EVICTION_AVERTED only"));
        }
        if (this == OTHER && (note == null || note.isBlank())) {
            violations.add(new Violation("note", "is required for the outcome OTHER: say what happened"));
        }
        return violations;
    }
}
