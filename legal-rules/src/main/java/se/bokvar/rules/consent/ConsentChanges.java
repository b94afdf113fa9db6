package se.bokvar.rules.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a record may say and how it may change (handbook 5.4; OSL 12 kap. 2 §, 26 kap. 9 c §):
 * <ul>
 * <li>a record names at least one party, one purpose and one category; a record of OSL 26 kap. 9 c § only the
 * elderly-care and disability-support administrations;</li>
 * <li>a consent is written (with a reference to the signed form) or oral and documented; another legal ground has
 * no form;</li>
 * <li>it was given today or earlier; its end date is not before the day it was given, nor in the past;</li>
 * <li>a change may add parties, purposes and categories and change the end date, but never removes anything: a
 * removal is a withdrawal, documented as such;</li>
 * <li>a withdrawal removes what it names; what it names must be in the consent; if a party, purpose or category
 * list becomes empty the consent covers nothing and is wholly withdrawn;</li>
 * <li>a wholly withdrawn record never changes again.</li>
 * </ul>
 */
public final class ConsentChanges {

    private ConsentChanges() {
    }

    /** The result of a change: what kind it was and the full scope afterwards. */
    public record Result(ChangeKind change, Scope scope) {
    }

    /** The rules for the scope of a new or changed record. */
    public static List<Violation> validateScope(LegalGround ground, Scope scope) {
        Objects.requireNonNull(ground, "ground must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        List<Violation> violations = new ArrayList<>();
        if (scope.parties().isEmpty()) {
            violations.add(new Violation("parties", "must name at least one party"));
        }
        if (scope.purposes().isEmpty()) {
            violations.add(new Violation("purposes", "must name at least one purpose"));
        }
        if (scope.categories().isEmpty()) {
            violations.add(new Violation("categories", "must name at least one category of information"));
        }
        if (!ground.isConsent()) {
            for (Party party : scope.parties()) {
                if (!ground.permits(party)) {
                    violations.add(new Violation("parties", ground.citation() + " only reaches OTHER_ADMINISTRATION"
                            + " elderly-care and disability-support, not " + party.kind()));
                }
            }
        }
        return violations;
    }

    /** The rules for form and signed-form reference. */
    public static List<Violation> validateForm(LegalGround ground, ConsentForm form, String signedFormReference) {
        Objects.requireNonNull(ground, "ground must not be null");
        List<Violation> violations = new ArrayList<>();
        boolean hasReference = signedFormReference != null && !signedFormReference.isBlank();
        if (ground.isConsent() && form == null) {
            violations.add(new Violation("form", "must be WRITTEN or ORAL_DOCUMENTED for a consent"));
        }
        if (!ground.isConsent() && form != null) {
            violations.add(new Violation("form", "must be empty: " + ground.citation() + " is not a consent"));
        }
        if (form == ConsentForm.WRITTEN && !hasReference) {
            violations.add(new Violation("signedFormReference", "is required for a written consent: where the signed form is kept"));
        }
        if (form != ConsentForm.WRITTEN && hasReference) {
            violations.add(new Violation("signedFormReference", "belongs to a written consent only"));
        }
        return violations;
    }

    /** The rules for the day given and the end date, against today's Stockholm date. */
    public static List<Violation> validateDates(LocalDate givenOn, LocalDate validUntil, LocalDate today) {
        Objects.requireNonNull(givenOn, "givenOn must not be null");
        Objects.requireNonNull(today, "today must not be null");
        List<Violation> violations = new ArrayList<>();
        if (givenOn.isAfter(today)) {
            violations.add(new Violation("givenOn", "must not be in the future"));
        }
        if (validUntil != null && validUntil.isBefore(givenOn)) {
            violations.add(new Violation("validUntil", "must not be before givenOn"));
        } else if (validUntil != null && validUntil.isBefore(today)) {
            violations.add(new Violation("validUntil", "must not be in the past"));
        }
        return violations;
    }

    /**
     * A change to the scope (an extension; the end date and form are the caller's to validate).
     *
     * @throws ConsentClosedException        if the record was wholly withdrawn
     * @throws InvalidConsentChangeException if the new scope drops anything or is invalid for the ground
     */
    public static Result change(LegalGround ground, ConsentVersion current, Scope next) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(next, "next must not be null");
        requireOpen(current);
        List<Violation> violations = new ArrayList<>(validateScope(ground, next));
        Scope dropped = current.scope().without(next.parties(), next.purposes(), next.categories());
        if (!dropped.parties().isEmpty()) {
            violations.add(new Violation("parties", "leaves out " + dropped.parties().size()
                    + " party/parties of the current version; record a withdrawal to remove them"));
        }
        if (!dropped.purposes().isEmpty()) {
            violations.add(new Violation("purposes", "leaves out " + dropped.purposes()
                    + " of the current version; record a withdrawal to remove them"));
        }
        if (!dropped.categories().isEmpty()) {
            violations.add(new Violation("categories", "leaves out " + dropped.categories()
                    + " of the current version; record a withdrawal to remove them"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidConsentChangeException(violations);
        }
        return new Result(ChangeKind.CHANGED, next);
    }

    /**
     * A withdrawal, whole or partial.
     *
     * @throws ConsentClosedException        if the record was already wholly withdrawn
     * @throws InvalidConsentChangeException if the withdrawal names nothing, names items with {@code whole}, or
     *                                       names an item the current version does not cover
     */
    public static Result withdraw(ConsentVersion current, Withdrawal withdrawal) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(withdrawal, "withdrawal must not be null");
        requireOpen(current);
        if (withdrawal.whole()) {
            if (!withdrawal.namesNothing()) {
                throw new InvalidConsentChangeException(List.of(new Violation("whole",
                        "a whole withdrawal names no parties, purposes or categories")));
            }
            return new Result(ChangeKind.WITHDRAWN, Scope.EMPTY);
        }
        if (withdrawal.namesNothing()) {
            throw new InvalidConsentChangeException(List.of(new Violation("body",
                    "name at least one party, purpose or category to withdraw, or withdraw wholly")));
        }
        Scope scope = current.scope();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < withdrawal.parties().size(); i++) {
            if (!scope.parties().contains(withdrawal.parties().get(i))) {
                violations.add(new Violation("parties[" + i + "]", "is not covered by the current version"));
            }
        }
        for (int i = 0; i < withdrawal.purposes().size(); i++) {
            if (!scope.purposes().contains(withdrawal.purposes().get(i))) {
                violations.add(new Violation("purposes[" + i + "]", "is not covered by the current version"));
            }
        }
        for (int i = 0; i < withdrawal.categories().size(); i++) {
            if (!scope.categories().contains(withdrawal.categories().get(i))) {
                violations.add(new Violation("categories[" + i + "]", "is not covered by the current version"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidConsentChangeException(violations);
        }
        Scope rest = scope.without(withdrawal.parties(), withdrawal.purposes(), withdrawal.categories());
        return rest.coversNothing() ? new Result(ChangeKind.WITHDRAWN, Scope.EMPTY)
                : new Result(ChangeKind.PARTLY_WITHDRAWN, rest);
    }

    private static void requireOpen(ConsentVersion current) {
        if (current.change() == ChangeKind.WITHDRAWN) {
            throw new ConsentClosedException();
        }
    }
}
