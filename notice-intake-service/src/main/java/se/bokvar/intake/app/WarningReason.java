package se.bokvar.intake.app;

/** Why a landlord sends an early warning. */
public enum WarningReason {
    LATE_PAYMENTS, COMPLAINTS, CONCERN_FOR_CHILDREN, OTHER
}
