package se.bokvar.consent.app;

import java.util.ArrayList;
import java.util.List;
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
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.consent.Withdrawal;

/**
 * Withdraws a consent, wholly or partly: a new version that takes effect for decisions at once. Serialised per
 * consent, like a change.
 */
@ApplicationScoped
public class WithdrawConsent {

    private final ConsentAmendment amendment;

    @Inject
    public WithdrawConsent(ConsentAmendment amendment) {
        this.amendment = amendment;
    }

    public Uni<RecordedConsent> withdraw(Caller caller, UUID consentId, ConsentWithdrawal req) {
        return amendment.amend(caller, consentId, req.basedOnVersion(), "consent.withdraw", current -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            ConsentChanges.Result result = validate(current.loaded().consent().legalGround, current.rule(), current.row(),
                    req, errors);
            if (!errors.isEmpty()) {
                throw InvalidInput.of(errors);
            }
            ConsentScope after = result.change() == ChangeKind.WITHDRAWN ? ConsentScope.EMPTY
                    : current.before().restrictTo(result.scope());
            return new ConsentVersionWriter.NewVersion(current.row().version + 1, result.change(), after, current.before(),
                    req.form(), req.withdrawnOn(), current.row().validUntil, current.row().signedFormReference, req.note());
        });
    }

    /**
     * What the withdrawal leaves (null when it is invalid); every problem added to {@code errors}: invalid parties,
     * a form for a ground that is not a consent, a day before the current version was given, and what the rules
     * refuse (naming something the consent does not cover).
     *
     * @param rule    the current version as the rules read it
     * @param current the current version
     */
    static ConsentChanges.Result validate(LegalGround ground, ConsentVersion rule, ConsentVersionRow current,
            ConsentWithdrawal req, List<Problem.FieldError> errors) {
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < req.parties().size(); i++) {
            Party party = ScopeInput.party(req.parties().get(i), "parties[" + i + "]", errors);
            if (party != null) {
                parties.add(party);
            }
        }
        if (!ground.isConsent() && req.form() != null) {
            errors.add(new Problem.FieldError("form", "must be empty: " + ground.citation() + " is not a consent"));
        }
        if (req.withdrawnOn().isBefore(current.givenOn)) {
            errors.add(new Problem.FieldError("withdrawnOn", "must not be before the day the current version was given"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return ConsentChanges.withdraw(rule, new Withdrawal(req.whole(), parties, req.purposes(), req.categories()));
        } catch (InvalidConsentChangeException e) {
            errors.addAll(InvalidInput.fieldErrors(e.violations()));
            return null;
        }
    }
}
