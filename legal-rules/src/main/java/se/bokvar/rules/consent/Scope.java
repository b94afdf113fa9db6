package se.bokvar.rules.consent;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a consent covers: every combination of its parties, purposes and categories. A consent to tell landlord
 * L and budget counselling about planned support and the payment commitment covers all four pairs; anything
 * narrower needs two records, or a partial withdrawal.
 *
 * <p>The sets are copied and unmodifiable; parties are kept sorted so that equal scopes print the same.
 */
public record Scope(Set<Party> parties, Set<Purpose> purposes, Set<Category> categories) {

    /** Covers nothing: the scope of a wholly withdrawn consent. */
    public static final Scope EMPTY = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        parties = Collections.unmodifiableSet(new TreeSet<>(requireNoNulls(parties, "parties")));
        purposes = Collections.unmodifiableSet(enumSet(Purpose.class, requireNoNulls(purposes, "purposes")));
        categories = Collections.unmodifiableSet(enumSet(Category.class, requireNoNulls(categories, "categories")));
    }

    /** True if this scope covers the request: its party, its purpose and its category are all in the scope. */
    public boolean covers(DisclosureRequest request) {
        return depth(request) == 3;
    }

    /**
     * How far the request gets: 0 if its party is not in the scope, 1 if the party is but the purpose is not, 2 if
     * party and purpose are but the category is not, 3 if it is covered. Decisions use it to name what is missing.
     */
    public int depth(DisclosureRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        if (!parties.contains(request.party())) {
            return 0;
        }
        if (!purposes.contains(request.purpose())) {
            return 1;
        }
        return categories.contains(request.category()) ? 3 : 2;
    }

    /** True if the scope covers nothing (any of its three lists is empty). */
    public boolean coversNothing() {
        return parties.isEmpty() || purposes.isEmpty() || categories.isEmpty();
    }

    /** True if every party, purpose and category of {@code other} is also in this scope. */
    public boolean includes(Scope other) {
        return parties.containsAll(other.parties) && purposes.containsAll(other.purposes)
                && categories.containsAll(other.categories);
    }

    /** This scope without the given items; items not in it are ignored. */
    public Scope without(Collection<Party> lessParties, Collection<Purpose> lessPurposes,
            Collection<Category> lessCategories) {
        Set<Party> p = new TreeSet<>(parties);
        p.removeAll(lessParties);
        Set<Purpose> u = enumSet(Purpose.class, purposes);
        u.removeAll(lessPurposes);
        Set<Category> c = enumSet(Category.class, categories);
        c.removeAll(lessCategories);
        return new Scope(p, u, c);
    }

    private static <T> Collection<T> requireNoNulls(Collection<T> items, String name) {
        Objects.requireNonNull(items, name + " must not be null");
        for (T item : items) {
            Objects.requireNonNull(item, name + " must not contain null");
        }
        return items;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> items) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(items);
        return set;
    }
}
