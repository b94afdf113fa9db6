package se.bokvar.rules.consent;

/**
 * The secrecy-breaking ground a record rests on. Only {@link #CONSENT} is the person's own decision; the others
 * are rules of law that a caseworker records explicitly for the case, never assumed.
 */
public enum LegalGround {
    /** Samtycke: the person waives secrecy (OSL 10 kap. 1 § and 12 kap. 2 §). */
    CONSENT("consent", "samtycke (OSL 12 kap. 2 §)"),
    /**
     * OSL 26 kap. 9 c §: from a social-services authority to another such authority of the same municipality,
     * about certain support to elderly people or people with disabilities. Only towards the elderly-care and
     * disability-support administrations.
     */
    OSL_26_9C("recorded legal ground OSL 26 kap. 9 c §", "OSL 26 kap. 9 c §");

    private final String description;
    private final String citation;

    LegalGround(String description, String citation) {
        this.description = description;
        this.citation = citation;
    }

    /** How a decision's reason names the ground, e.g. {@code recorded legal ground OSL 26 kap. 9 c §}. */
    public String description() {
        return description;
    }

    /** The statute, in Swedish legal citation. */
    public String citation() {
        return citation;
    }

    /** True for a ground that is the person's consent (and so has a form, written or oral). */
    public boolean isConsent() {
        return this == CONSENT;
    }

    /**
     * Whether this ground can ever cover a disclosure to {@code party}. Consent can name anyone; OSL 26 kap. 9 c §
     * only reaches the municipality's elderly-care and disability-support administrations.
     */
    public boolean permits(Party party) {
        if (this == CONSENT) {
            return true;
        }
        return party.kind() == PartyKind.OTHER_ADMINISTRATION
                && ("elderly-care".equals(party.id()) || "disability-support".equals(party.id()));
    }
}
