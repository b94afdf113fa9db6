package se.bokvar.rules.consent;

import java.util.Set;

/** Kinds of party a consent can name as someone who may be contacted or told. */
public enum PartyKind {
    /** A named landlord (hyresvärd); the id is the landlord's {@code landlord_id}. */
    LANDLORD(null, null),
    /** Another administration (förvaltning) of the municipality; the id names which. */
    OTHER_ADMINISTRATION(null, Set.of("elderly-care", "disability-support", "addiction-care", "psychiatry", "school",
            "other")),
    /** Budget and debt counselling (budget- och skuldrådgivningen). */
    BUDGET_DEBT_COUNSELLING("budget-debt-counselling", null),
    /** The Enforcement Authority (Kronofogden). */
    KRONOFOGDEN("kronofogden", null),
    /** Any other named party (a relative, a trustee); the id is free, the name says who. */
    NAMED_PARTY(null, null);

    private final String fixedId;
    private final Set<String> allowedIds;

    PartyKind(String fixedId, Set<String> allowedIds) {
        this.fixedId = fixedId;
        this.allowedIds = allowedIds;
    }

    /** The only id a party of this kind can have, or null when the id is chosen per party. */
    public String fixedId() {
        return fixedId;
    }

    /** The closed set of ids of this kind, or null when ids are open (landlords, named parties). */
    public Set<String> allowedIds() {
        return allowedIds;
    }

    /** True if {@code id} (already normalised) is an id a party of this kind can have. */
    public boolean accepts(String id) {
        if (fixedId != null) {
            return fixedId.equals(id);
        }
        if (allowedIds != null) {
            return allowedIds.contains(id);
        }
        return true;
    }
}
