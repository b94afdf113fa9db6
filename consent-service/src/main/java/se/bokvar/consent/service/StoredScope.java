package se.bokvar.consent.service;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;
import se.bokvar.rules.consent.Scope;

/**
 * A version's scope as stored (column {@code consent_version.scope}) and shown: the parties with their display
 * names, the purposes and categories, and the descriptions of OTHER.
 *
 * @param otherPurpose  what OTHER means, when OTHER is a purpose
 * @param otherCategory what OTHER means, when OTHER is a category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsentScope", description = "Who may be contacted or told, why, which information: every combination")
public record StoredScope(List<StoredParty> parties, List<Purpose> purposes, List<Category> categories,
        String otherPurpose, String otherCategory) {

    public static final StoredScope EMPTY = new StoredScope(List.of(), List.of(), List.of(), null, null);

    /** A party with its display name (names are never part of a party's identity). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsentParty")
    public record StoredParty(PartyKind kind, String id, String name) {

        public Party party() {
            return new Party(kind, id);
        }
    }

    /** The rule's view: parties by identity only. */
    public Scope toScope() {
        return new Scope(Set.copyOf(parties.stream().map(StoredParty::party).toList()), Set.copyOf(purposes),
                Set.copyOf(categories));
    }

    /** This scope cut down to what {@code scope} still covers (after a withdrawal), keeping names and descriptions. */
    public StoredScope restrictTo(Scope scope) {
        List<StoredParty> p = parties.stream().filter(x -> scope.parties().contains(x.party())).toList();
        List<Purpose> u = purposes.stream().filter(scope.purposes()::contains).toList();
        List<Category> c = categories.stream().filter(scope.categories()::contains).toList();
        return new StoredScope(p, u, c, u.contains(Purpose.OTHER) ? otherPurpose : null,
                c.contains(Category.OTHER) ? otherCategory : null);
    }

    /** What is in this scope but not in {@code other}, or null if nothing. */
    public StoredScope minus(StoredScope other) {
        Scope theirs = other.toScope();
        List<StoredParty> p = parties.stream().filter(x -> !theirs.parties().contains(x.party())).toList();
        List<Purpose> u = purposes.stream().filter(x -> !theirs.purposes().contains(x)).toList();
        List<Category> c = categories.stream().filter(x -> !theirs.categories().contains(x)).toList();
        if (p.isEmpty() && u.isEmpty() && c.isEmpty()) {
            return null;
        }
        return new StoredScope(p, u, c, u.contains(Purpose.OTHER) ? otherPurpose : null,
                c.contains(Category.OTHER) ? otherCategory : null);
    }
}
