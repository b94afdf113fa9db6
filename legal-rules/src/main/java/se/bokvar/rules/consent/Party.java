package se.bokvar.rules.consent;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A party that may be contacted or told: its kind and a stable id (a landlord's {@code landlord_id}, an
 * administration's id, a free id for a named party). Two parties are the same when kind and id are; a display name
 * is not part of the identity and lives with the consent record, not here.
 */
public record Party(PartyKind kind, String id) implements Comparable<Party> {

    /** Ids: 1 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private static final Comparator<Party> ORDER = Comparator.comparing(Party::kind).thenComparing(Party::id);

    /**
     * @throws NullPointerException     if kind or id is null
     * @throws IllegalArgumentException if the id is not normalised, has the wrong syntax, or is not one of the ids
     *                                  of its kind (see {@link #of})
     */
    public Party {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
        String problem = problem(kind, id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * A party from what a client sent: the id is trimmed and lower-cased; for kinds with one fixed id
     * (Kronofogden, budget and debt counselling) a missing id means that id.
     *
     * @throws IllegalArgumentException with a message that names the rule (and never repeats the id)
     */
    public static Party of(PartyKind kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        String normalized = normalize(id);
        if (normalized.isEmpty() && kind.fixedId() != null) {
            normalized = kind.fixedId();
        }
        return new Party(kind, normalized);
    }

    /** Why {@code id} cannot be the id of a party of {@code kind} (after normalisation), or null if it can. */
    public static String problemWith(PartyKind kind, String id) {
        Objects.requireNonNull(kind, "kind must not be null");
        String normalized = normalize(id);
        if (normalized.isEmpty() && kind.fixedId() != null) {
            return null;
        }
        return problem(kind, normalized);
    }

    private static String problem(PartyKind kind, String id) {
        if (!ID.matcher(id).matches()) {
            return "must be 1 to 64 lowercase letters, digits, '.', '_' or '-'";
        }
        if (!kind.accepts(id)) {
            return kind.fixedId() != null ? "must be '" + kind.fixedId() + "' for " + kind
                    : "must be one of " + kind.allowedIds().stream().sorted().toList() + " for " + kind;
        }
        return null;
    }

    private static String normalize(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(Party other) {
        return ORDER.compare(this, other);
    }

    /** {@code KIND id}, e.g. {@code LANDLORD hemma-bostader}: how decisions name a party. */
    @Override
    public String toString() {
        return kind + " " + id;
    }
}
