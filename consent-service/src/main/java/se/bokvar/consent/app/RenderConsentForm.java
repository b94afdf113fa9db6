package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.app.form.ConsentFormRenderer;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentChanges;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/** A consent as a Swedish HTML form to print and sign: a recorded one, or one not yet given. Audited. */
@ApplicationScoped
public class RenderConsentForm {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentLookup lookup;
    private final ConsentHistory history;
    private final ConsentFormRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public RenderConsentForm(Mutiny.SessionFactory sessionFactory, ConsentLookup lookup, ConsentHistory history,
            ConsentFormRenderer renderer, AuditLog audit, Clock clock, TenancyKeys keys) {
        this.sessionFactory = sessionFactory;
        this.lookup = lookup;
        this.history = history;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
        this.keys = keys;
    }

    /** The recorded consent, one version of it (null: the current one). */
    public Uni<String> recorded(Caller caller, UUID consentId, Integer version) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> lookup.load(session, caller, consentId).flatMap(loaded -> {
            ConsentVersionRow chosen = printable(loaded, version);
            ConsentFormRenderer.Model model = new ConsentFormRenderer.Model(loaded.access().board,
                    loaded.consent().personalIdentityNumber, history.scope(chosen), chosen.givenOn, chosen.validUntil,
                    loaded.consent().id, chosen.version, documenter(chosen), Stockholm.dateOf(now));
            return audit.record(session, caller, "consent.form", "consent", loaded.ids(), "version " + chosen.version)
                    .map(x -> renderer.render(model));
        }));
    }

    /** A form for a consent not yet given: what the person is asked to sign. Nothing is recorded but the audit entry. */
    public Uni<String> toSign(Caller caller, UUID caseId, FormToSign req) {
        Instant now = clock.instant();
        LocalDate today = Stockholm.dateOf(now);
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentScope scope = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                req.otherCategory(), errors);
        errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateDates(today, req.validUntil(), today)));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(InvalidInput.of(errors));
        }
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock);
        String personKey = keys.personKey(pin);
        return sessionFactory.withTransaction((session, tx) -> lookup.caseFor(session, caller, caseId).flatMap(access -> {
            lookup.requireMember(access, personKey);
            ConsentFormRenderer.Model model = new ConsentFormRenderer.Model(access.board, pin.canonical(), scope, null,
                    req.validUntil(), null, null, caller.displayName() != null ? caller.displayName() : caller.auditName(), today);
            return audit.record(session, caller, "consent.form.prepare", "consent", List.of(caseId.toString(), personKey), null)
                    .map(x -> renderer.render(model));
        }));
    }

    /** The version to print: 404 if there is no such version, 409 if there is nothing to sign. */
    static ConsentVersionRow printable(LoadedConsent loaded, Integer version) {
        ConsentVersionRow chosen = version == null ? loaded.current()
                : loaded.versions().stream().filter(v -> v.version == version).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Version " + version + " of consent " + loaded.consent().id));
        LegalGround ground = loaded.consent().legalGround;
        if (!ground.isConsent()) {
            throw new ProblemException(ProblemType.CONFLICT, "This record documents " + ground.citation()
                    + ", not a consent: there is nothing to sign.");
        }
        if (chosen.change == ChangeKind.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, "Version " + chosen.version
                    + " withdrew the consent wholly: there is nothing to sign.");
        }
        return chosen;
    }

    private static String documenter(ConsentVersionRow v) {
        return v.documentedByName != null ? v.documentedByName : v.documentedBy;
    }
}
