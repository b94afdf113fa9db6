package se.bokvar.consent.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.bokvar.platform.problem.Problem;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;

/**
 * Turns the parties, purposes and categories a client sent into a {@link ConsentScope}, collecting every problem
 * as a field error: party ids of the wrong kind, missing names, repeated items, OTHER without a description.
 */
final class ScopeInput {

    private ScopeInput() {
    }

    static ConsentScope read(List<PartyInput> parties, List<Purpose> purposes, List<Category> categories,
            String otherPurpose, String otherCategory, List<Problem.FieldError> errors) {
        List<ConsentScope.NamedParty> named = new ArrayList<>();
        Set<Party> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            PartyInput input = parties.get(i);
            String field = "parties[" + i + "]";
            Party party = party(input, field, errors);
            if (party == null) {
                continue;
            }
            if (!seen.add(party)) {
                errors.add(new Problem.FieldError(field, "repeats an earlier party"));
                continue;
            }
            String name = blankToNull(input.name());
            if (name == null && needsName(party)) {
                errors.add(new Problem.FieldError(field + ".name", "is required for " + party.kind()
                        + (party.kind() == PartyKind.OTHER_ADMINISTRATION ? " 'other'" : "") + ": the form must say who it is"));
            }
            named.add(new ConsentScope.NamedParty(party.kind(), party.id(), name));
        }
        repeats("purposes", purposes, errors);
        repeats("categories", categories, errors);
        String purposeText = description("otherPurpose", purposes.contains(Purpose.OTHER), otherPurpose, "purposes", errors);
        String categoryText = description("otherCategory", categories.contains(Category.OTHER), otherCategory, "categories", errors);
        return new ConsentScope(named, purposes.stream().distinct().toList(), categories.stream().distinct().toList(),
                purposeText, categoryText);
    }

    /** A party as named in a request; null (with an error added) if it is not a valid party. */
    static Party party(PartyInput input, String field, List<Problem.FieldError> errors) {
        String problem = Party.problemWith(input.kind(), input.id());
        if (problem != null) {
            errors.add(new Problem.FieldError(field + ".id", problem));
            return null;
        }
        return Party.of(input.kind(), input.id());
    }

    private static boolean needsName(Party party) {
        return party.kind() == PartyKind.NAMED_PARTY
                || party.kind() == PartyKind.OTHER_ADMINISTRATION && "other".equals(party.id());
    }

    private static <T> void repeats(String field, List<T> items, List<Problem.FieldError> errors) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "repeats an earlier entry"));
            }
        }
    }

    private static String description(String field, boolean hasOther, String text, String list,
            List<Problem.FieldError> errors) {
        String value = blankToNull(text);
        if (hasOther && value == null) {
            errors.add(new Problem.FieldError(field, "is required when " + list + " has OTHER: the form must say what it means"));
        }
        if (!hasOther && value != null) {
            errors.add(new Problem.FieldError(field, "belongs to OTHER, which " + list + " does not have"));
        }
        return hasOther ? value : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
