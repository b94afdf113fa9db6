package se.bokvar.intake.api;

/** The form of tenure: decides the statute and the length of the recovery period. */
public enum Tenure {
    /** Hyresrätt (Jordabalken 12 kap. 44 §): three weeks. */
    RENTAL,
    /** Bostadsrätt used as a dwelling (bostadsrättslagen 7 kap. 23 §): three weeks. */
    TENANT_OWNED_DWELLING,
    /** Bostadsrätt used as premises (bostadsrättslagen 7 kap. 23 §): two weeks. */
    TENANT_OWNED_PREMISES
}
