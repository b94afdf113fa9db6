package se.bokvar.consent.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentChanges;
import se.bokvar.rules.consent.ConsentVersion;
import se.bokvar.rules.consent.InvalidConsentChangeException;
import se.bokvar.rules.consent.LegalGround;

/**
 * Changes a consent: a new version with the full new scope, which may add but never remove (removing is a
 * withdrawal). Serialised per consent; a change prepared from an older version, or of a wholly withdrawn consent, is
 * a conflict.
 */
@ApplicationScoped
public class ChangeConsent {

    private final ConsentAmendment amendment;

    @Inject
    public ChangeConsent(ConsentAmendment amendment) {
        this.amendment = amendment;
    }

    public Uni<RecordedConsent> change(Caller caller, UUID consentId, ConsentChange req) {
        return amendment.amend(caller, consentId, req.basedOnVersion(), "consent.change", current -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            ConsentScope next = validate(current.loaded().consent().legalGround, current.rule(), current.before(),
                    current.row(), req, current.today(), errors);
            if (!errors.isEmpty()) {
                throw InvalidInput.of(errors);
            }
            return new ConsentVersionWriter.NewVersion(current.row().version + 1, ChangeKind.CHANGED, next,
                    current.before(), req.form(), req.givenOn(), req.validUntil(),
                    ScopeInput.blankToNull(req.signedFormReference()), req.note());
        });
    }

    /**
     * The new scope; every problem with the change added to {@code errors}: what the rules refuse (removing
     * anything, an invalid scope, form or dates), and a change that changes nothing.
     *
     * @param rule         the current version as the rules read it
     * @param currentScope the current version's scope
     * @param current      the current version
     */
    static ConsentScope validate(LegalGround ground, ConsentVersion rule, ConsentScope currentScope,
            ConsentVersionRow current, ConsentChange req, LocalDate today, List<Problem.FieldError> errors) {
        ConsentScope next = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                req.otherCategory(), errors);
        if (errors.isEmpty()) {
            try {
                ConsentChanges.change(ground, rule, next.toScope());
            } catch (InvalidConsentChangeException e) {
                errors.addAll(InvalidInput.fieldErrors(e.violations()));
            }
        }
        errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateForm(ground, req.form(), req.signedFormReference())));
        errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateDates(req.givenOn(), req.validUntil(), today)));
        String reference = ScopeInput.blankToNull(req.signedFormReference());
        if (errors.isEmpty() && next.equals(currentScope) && Objects.equals(req.validUntil(), current.validUntil)
                && req.form() == current.form && Objects.equals(reference, current.signedFormReference)) {
            errors.add(new Problem.FieldError("body", "changes nothing: scope, end date, form and signed-form"
                    + " reference are those of the current version"));
        }
        return next;
    }
}
