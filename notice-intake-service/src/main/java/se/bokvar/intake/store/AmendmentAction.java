package se.bokvar.intake.store;

/** What an amendment did to a notice (the {@code action} column, and the amendment receipt's action). */
public enum AmendmentAction {
    /** The complete corrected notice replaced the current content. */
    CORRECTION,
    /** The day the termination was served became known. */
    SERVED_DATE_UPDATE,
    /** The landlord withdrew the notice. */
    WITHDRAWAL
}
