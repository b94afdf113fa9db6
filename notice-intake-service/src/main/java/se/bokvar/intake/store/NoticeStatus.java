package se.bokvar.intake.store;

/** What a landlord may know about its notice: whether it reached case management. Nothing about the case. */
public enum NoticeStatus {
    /** Received and stored; the receipt was given. */
    RECEIVED,
    /** Case management has registered it. */
    HANDED_TO_CASE_MANAGEMENT,
    /** The landlord withdrew it. */
    WITHDRAWN
}
