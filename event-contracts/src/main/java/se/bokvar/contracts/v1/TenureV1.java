package se.bokvar.contracts.v1;

/** The form of tenure: it decides the statute and the length of the recovery period (återvinningsfrist). */
public enum TenureV1 {
    /** Hyresrätt, Jordabalken 12 kap. 44 §: three weeks. */
    RENTAL,
    /** Bostadsrätt used as a dwelling, bostadsrättslagen 7 kap. 23 §: three weeks. */
    TENANT_OWNED_DWELLING,
    /** Bostadsrätt used as premises (lokal), bostadsrättslagen 7 kap. 23 §: two weeks. */
    TENANT_OWNED_PREMISES
}
