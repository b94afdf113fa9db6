package se.bokvar.rules.deadline;

/** The form of tenure a notice concerns; it decides the length of the återvinningsfrist and its legal basis. */
public enum TenureKind {

    /** Hyresrätt: återvinningsfrist of three weeks (Jordabalken 12 kap. 44 §). */
    RENTAL(3, "Jordabalken 12 kap. 44 §"),

    /** Bostadsrätt, dwelling: three weeks (bostadsrättslagen (1991:614) 7 kap. 23 §). */
    TENANT_OWNED_DWELLING(3, "Bostadsrättslagen 7 kap. 23 §"),

    /** Bostadsrätt, premises (lokal): two weeks (bostadsrättslagen (1991:614) 7 kap. 23 §). */
    TENANT_OWNED_PREMISES(2, "Bostadsrättslagen 7 kap. 23 §");

    private final int recoveryPeriodWeeks;
    private final String legalBasis;

    TenureKind(int recoveryPeriodWeeks, String legalBasis) {
        this.recoveryPeriodWeeks = recoveryPeriodWeeks;
        this.legalBasis = legalBasis;
    }

    /** Length of the återvinningsfrist in weeks. */
    public int recoveryPeriodWeeks() {
        return recoveryPeriodWeeks;
    }

    /** The statute that grants the återvinningsfrist, e.g. "Jordabalken 12 kap. 44 §". */
    public String legalBasis() {
        return legalBasis;
    }
}
