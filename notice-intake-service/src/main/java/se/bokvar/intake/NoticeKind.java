package se.bokvar.intake;

/** The kinds of notice a landlord sends. */
public enum NoticeKind {
    /** Uppsägning pga. obetald hyra / avgift (JB 12:44, BRL 7:23). */
    TERMINATION_UNPAID_RENT
}
