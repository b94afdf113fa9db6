package se.bokvar.consent.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.ConsentScope;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;

/**
 * A version's scope as shown: the parties with their display names, the purposes and categories, and the
 * descriptions of OTHER.
 *
 * @param otherPurpose  what OTHER means, when OTHER is a purpose
 * @param otherCategory what OTHER means, when OTHER is a category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConsentScope", description = "Who may be contacted or told, why, which information: every combination")
public record ScopeView(List<NamedPartyView> parties, List<Purpose> purposes, List<Category> categories,
        String otherPurpose, String otherCategory) {

    /** A party with its display name (names are never part of a party's identity). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConsentParty")
    public record NamedPartyView(PartyKind kind, String id, String name) {
    }

    /** Null stays null. */
    static ScopeView from(ConsentScope s) {
        if (s == null) {
            return null;
        }
        return new ScopeView(s.parties().stream().map(p -> new NamedPartyView(p.kind(), p.id(), p.name())).toList(),
                s.purposes(), s.categories(), s.otherPurpose(), s.otherCategory());
    }
}
