package se.bokvar.consent.app;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;
import se.bokvar.rules.consent.Scope;

/**
 * A version's scope as recorded: the parties with their display names, the purposes and categories, and the
 * descriptions of OTHER. Its JSON is the column {@code consent_version.scope} ({@link StoredJson}).
 *
 * @param otherPurpose  what OTHER means, when OTHER is a purpose
 * @param otherCategory what OTHER means, when OTHER is a category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentScope(List<NamedParty> parties, List<Purpose> purposes, List<Category> categories,
        String otherPurpose, String otherCategory) {

    public static final ConsentScope EMPTY = new ConsentScope(List.of(), List.of(), List.of(), null, null);

    /** A party with its display name (names are never part of a party's identity). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NamedParty(PartyKind kind, String id, String name) {

        public Party party() {
            return new Party(kind, id);
        }
    }

    /** The rule's view: parties by identity only. */
    public Scope toScope() {
        return new Scope(Set.copyOf(parties.stream().map(NamedParty::party).toList()), Set.copyOf(purposes),
                Set.copyOf(categories));
    }

    /** This scope cut down to what {@code scope} still covers (after a withdrawal), keeping names and descriptions. */
    public ConsentScope restrictTo(Scope scope) {
        List<NamedParty> p = parties.stream().filter(x -> scope.parties().contains(x.party())).toList();
        List<Purpose> u = purposes.stream().filter(scope.purposes()::contains).toList();
        List<Category> c = categories.stream().filter(scope.categories()::contains).toList();
        return new ConsentScope(p, u, c, u.contains(Purpose.OTHER) ? otherPurpose : null,
                c.contains(Category.OTHER) ? otherCategory : null);
    }

    /** What is in this scope but not in {@code other}, or null if nothing. */
    public ConsentScope minus(ConsentScope other) {
        Scope theirs = other.toScope();
        List<NamedParty> p = parties.stream().filter(x -> !theirs.parties().contains(x.party())).toList();
        List<Purpose> u = purposes.stream().filter(x -> !theirs.purposes().contains(x)).toList();
        List<Category> c = categories.stream().filter(x -> !theirs.categories().contains(x)).toList();
        if (p.isEmpty() && u.isEmpty() && c.isEmpty()) {
            return null;
        }
        return new ConsentScope(p, u, c, u.contains(Purpose.OTHER) ? otherPurpose : null,
                c.contains(Category.OTHER) ? otherCategory : null);
    }
}
