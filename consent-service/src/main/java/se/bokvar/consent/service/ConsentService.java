package se.bokvar.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import se.bokvar.consent.Consent;
import se.bokvar.consent.ConsentVersionRow;
import se.bokvar.consent.rest.ChangeRequest;
import se.bokvar.consent.rest.ConsentFormRequest;
import se.bokvar.consent.rest.ConsentRequest;
import se.bokvar.consent.rest.ConsentView;
import se.bokvar.consent.rest.VersionView;
import se.bokvar.consent.rest.WithdrawalRequest;
import se.bokvar.contracts.ConsentEvents;
import se.bokvar.contracts.v1.ConsentChangedV1;
import se.bokvar.contracts.v1.ConsentScopeV1;
import se.bokvar.consent.form.ConsentFormRenderer;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentChanges;
import se.bokvar.rules.consent.ConsentClosedException;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.InvalidConsentChangeException;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.consent.Violation;
import se.bokvar.rules.consent.Withdrawal;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Records consents and their changes and withdrawals. Every change is a new version, written with its audit
 * record and its {@code se.bokvar.consent.changed.v1} event in one transaction; a rejected request stores nothing.
 */
@ApplicationScoped
public class ConsentService {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentStore store;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final TenancyKeys keys;
    private final ConsentFormRenderer renderer;

    @Inject
    public ConsentService(Mutiny.SessionFactory sessionFactory, ConsentStore store, Outbox outbox, AuditLog audit,
            Clock clock, TenancyKeys keys, ConsentFormRenderer renderer) {
        this.sessionFactory = sessionFactory;
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.keys = keys;
        this.renderer = renderer;
    }

    // ------------------------------------------------------------------ give

    public Uni<ConsentView> give(Caller caller, UUID caseId, ConsentRequest req) {
        LegalGround ground = req.legalGround() == null ? LegalGround.CONSENT : req.legalGround();
        Instant now = clock.instant();
        List<Problem.FieldError> errors = new ArrayList<>();
        StoredScope scope = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                req.otherCategory(), errors);
        if (errors.isEmpty()) {
            errors.addAll(fieldErrors(ConsentChanges.validateScope(ground, scope.toScope())));
        }
        errors.addAll(fieldErrors(ConsentChanges.validateForm(ground, req.form(), req.signedFormReference())));
        errors.addAll(fieldErrors(ConsentChanges.validateDates(req.givenOn(), req.validUntil(), Stockholm.dateOf(now))));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(invalid(errors));
        }
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock);
        String personKey = keys.personKey(pin);
        return sessionFactory.withTransaction((session, tx) -> store.caseFor(session, caller, caseId).flatMap(access -> {
            store.requireMember(access, personKey);
            Consent consent = new Consent();
            consent.id = UUID.randomUUID();
            consent.caseId = caseId;
            consent.personKey = personKey;
            consent.personalIdentityNumber = pin.canonical();
            consent.legalGround = ground.name();
            consent.createdAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
            consent.createdBy = caller.auditName();
            ConsentVersionRow v = row(consent, 1, ChangeKind.GIVEN, scope, StoredScope.EMPTY, req.form(), req.givenOn(),
                    req.validUntil(), ScopeInput.blankToNull(req.signedFormReference()), req.note(), caller, now);
            return session.persist(consent).chain(session::flush)
                    .chain(() -> append(session, caller, "consent.give", consent, v, scope))
                    .map(x -> view(consent, List.of(v), true, now));
        })).invoke(outbox::nudge);
    }

    // ------------------------------------------------------------------ change

    public Uni<ConsentView> change(Caller caller, UUID consentId, ChangeRequest req) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> store.lock(session, consentId)
                .chain(() -> store.load(session, caller, consentId)).flatMap(loaded -> {
            LegalGround ground = LegalGround.valueOf(loaded.consent().legalGround);
            ConsentVersionRow current = loaded.current();
            requireBasedOnCurrent(req.basedOnVersion(), current);
            requireOpen(current);
            List<Problem.FieldError> errors = new ArrayList<>();
            StoredScope next = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                    req.otherCategory(), errors);
            if (errors.isEmpty()) {
                try {
                    ConsentChanges.change(ground, store.version(current), next.toScope());
                } catch (InvalidConsentChangeException e) {
                    errors.addAll(fieldErrors(e.violations()));
                }
            }
            errors.addAll(fieldErrors(ConsentChanges.validateForm(ground, req.form(), req.signedFormReference())));
            errors.addAll(fieldErrors(ConsentChanges.validateDates(req.givenOn(), req.validUntil(), Stockholm.dateOf(now))));
            String reference = ScopeInput.blankToNull(req.signedFormReference());
            if (errors.isEmpty() && next.equals(store.scope(current)) && Objects.equals(req.validUntil(), current.validUntil)
                    && Objects.equals(name(req.form()), current.form) && Objects.equals(reference, current.signedFormReference)) {
                errors.add(new Problem.FieldError("body", "changes nothing: scope, end date, form and signed-form"
                        + " reference are those of the current version"));
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            ConsentVersionRow v = row(loaded.consent(), current.version + 1, ChangeKind.CHANGED, next, store.scope(current),
                    req.form(), req.givenOn(), req.validUntil(), reference, req.note(), caller, now);
            return append(session, caller, "consent.change", loaded.consent(), v, next)
                    .map(x -> view(loaded.consent(), with(loaded.versions(), v), true, now));
        })).onFailure(ConsentService::isUniqueViolation).transform(ConsentService::concurrentChange)
                .invoke(outbox::nudge);
    }

    // ------------------------------------------------------------------ withdraw

    public Uni<ConsentView> withdraw(Caller caller, UUID consentId, WithdrawalRequest req) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> store.lock(session, consentId)
                .chain(() -> store.load(session, caller, consentId)).flatMap(loaded -> {
            LegalGround ground = LegalGround.valueOf(loaded.consent().legalGround);
            ConsentVersionRow current = loaded.current();
            requireBasedOnCurrent(req.basedOnVersion(), current);
            requireOpen(current);
            List<Problem.FieldError> errors = new ArrayList<>();
            List<Party> parties = new ArrayList<>();
            List<se.bokvar.consent.rest.PartyDto> dtos = req.parties() == null ? List.of() : req.parties();
            for (int i = 0; i < dtos.size(); i++) {
                Party party = ScopeInput.party(dtos.get(i), "parties[" + i + "]", errors);
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
            ConsentChanges.Result result = null;
            if (errors.isEmpty()) {
                Withdrawal w = new Withdrawal(Boolean.TRUE.equals(req.whole()), parties,
                        req.purposes() == null ? List.of() : req.purposes(),
                        req.categories() == null ? List.of() : req.categories());
                try {
                    result = ConsentChanges.withdraw(store.version(current), w);
                } catch (InvalidConsentChangeException e) {
                    errors.addAll(fieldErrors(e.violations()));
                }
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            StoredScope before = store.scope(current);
            StoredScope after = result.change() == ChangeKind.WITHDRAWN ? StoredScope.EMPTY : before.restrictTo(result.scope());
            ConsentVersionRow v = row(loaded.consent(), current.version + 1, result.change(), after, before, req.form(),
                    req.withdrawnOn(), current.validUntil, current.signedFormReference, req.note(), caller, now);
            return append(session, caller, "consent.withdraw", loaded.consent(), v, after)
                    .map(x -> view(loaded.consent(), with(loaded.versions(), v), true, now));
        })).onFailure(ConsentService::isUniqueViolation).transform(ConsentService::concurrentChange)
                .invoke(outbox::nudge);
    }

    // ------------------------------------------------------------------ read

    public Uni<ConsentView> read(Caller caller, UUID consentId) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> store.load(session, caller, consentId)
                .flatMap(loaded -> audit.record(session, caller, "consent.read", "consent", ids(loaded.consent()), null)
                        .map(x -> view(loaded.consent(), loaded.versions(), true, now))));
    }

    public Uni<List<ConsentView>> list(Caller caller, UUID caseId) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> store.caseFor(session, caller, caseId)
                .flatMap(access -> store.consentsOf(session, caseId, null))
                .flatMap(consents -> store.versions(session, consents.stream().map(c -> c.id).toList())
                        .flatMap(versions -> {
                            List<String> ids = new ArrayList<>();
                            ids.add(caseId.toString());
                            consents.forEach(c -> {
                                ids.add(c.id.toString());
                                if (!ids.contains(c.personKey)) {
                                    ids.add(c.personKey);
                                }
                            });
                            return audit.record(session, caller, "consent.list", "consent", ids, null)
                                    .map(x -> consents.stream()
                                            .map(c -> view(c, versions.getOrDefault(c.id, List.of()), false, now)).toList());
                        })));
    }

    // ------------------------------------------------------------------ printable form

    /** The recorded consent (one version of it) as a Swedish HTML form to sign. */
    public Uni<String> form(Caller caller, UUID consentId, Integer version) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> store.load(session, caller, consentId).flatMap(loaded -> {
            ConsentVersionRow chosen = version == null ? loaded.current()
                    : loaded.versions().stream().filter(v -> v.version == version).findFirst()
                            .orElseThrow(() -> ProblemException.notFound("Version " + version + " of consent " + consentId));
            if (!LegalGround.valueOf(loaded.consent().legalGround).isConsent()) {
                throw new ProblemException(ProblemType.CONFLICT, "This record documents "
                        + LegalGround.valueOf(loaded.consent().legalGround).citation() + ", not a consent: there is nothing to sign.");
            }
            if (ChangeKind.valueOf(chosen.change) == ChangeKind.WITHDRAWN) {
                throw new ProblemException(ProblemType.CONFLICT, "Version " + chosen.version
                        + " withdrew the consent wholly: there is nothing to sign.");
            }
            ConsentFormRenderer.Model model = new ConsentFormRenderer.Model(loaded.access().board,
                    loaded.consent().personalIdentityNumber, store.scope(chosen), chosen.givenOn, chosen.validUntil,
                    loaded.consent().id, chosen.version, documenter(chosen), Stockholm.dateOf(now));
            return audit.record(session, caller, "consent.form", "consent", ids(loaded.consent()), "version " + chosen.version)
                    .map(x -> renderer.render(model));
        }));
    }

    /** A form for a consent not yet given: what the person is asked to sign. Nothing is recorded but the audit entry. */
    public Uni<String> prepareForm(Caller caller, UUID caseId, ConsentFormRequest req) {
        Instant now = clock.instant();
        LocalDate today = Stockholm.dateOf(now);
        List<Problem.FieldError> errors = new ArrayList<>();
        StoredScope scope = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                req.otherCategory(), errors);
        errors.addAll(fieldErrors(ConsentChanges.validateDates(today, req.validUntil(), today)));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(invalid(errors));
        }
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock);
        String personKey = keys.personKey(pin);
        return sessionFactory.withTransaction((session, tx) -> store.caseFor(session, caller, caseId).flatMap(access -> {
            store.requireMember(access, personKey);
            ConsentFormRenderer.Model model = new ConsentFormRenderer.Model(access.board, pin.canonical(), scope, null,
                    req.validUntil(), null, null, caller.displayName() != null ? caller.displayName() : caller.auditName(), today);
            return audit.record(session, caller, "consent.form.prepare", "consent", List.of(caseId.toString(), personKey), null)
                    .map(x -> renderer.render(model));
        }));
    }

    // ------------------------------------------------------------------ helpers

    private Uni<Void> append(Mutiny.Session session, Caller caller, String action, Consent consent, ConsentVersionRow v,
            StoredScope scope) {
        ConsentChangedV1 event = new ConsentChangedV1(consent.id, v.version, consent.caseId, consent.personKey, v.change,
                new ConsentScopeV1(scope.parties().stream().map(p -> new ConsentScopeV1.PartyV1(p.kind().name(), p.id(), null)).toList(),
                        scope.purposes().stream().map(Enum::name).toList(),
                        scope.categories().stream().map(Enum::name).toList()),
                v.form, v.validUntil, v.recordedAt.toInstant(), v.documentedBy, consent.legalGround);
        return session.persist(v).chain(session::flush)
                .chain(() -> audit.record(session, caller, action, "consent", ids(consent), "version " + v.version))
                .chain(() -> outbox.append(session, ConsentEvents.CHANGED, consent.personKey, consent.id.toString(), event))
                .replaceWithVoid();
    }

    private ConsentVersionRow row(Consent consent, int version, ChangeKind change, StoredScope scope, StoredScope before,
            ConsentForm form, LocalDate givenOn, LocalDate validUntil, String signedFormReference, String note, Caller caller,
            Instant now) {
        ConsentVersionRow v = new ConsentVersionRow();
        v.id = UUID.randomUUID();
        v.consentId = consent.id;
        v.version = version;
        v.change = change.name();
        v.scope = store.json(scope);
        v.changes = store.json(StoredChanges.between(before, scope));
        v.form = name(form);
        v.givenOn = givenOn;
        v.validUntil = validUntil;
        v.signedFormReference = signedFormReference;
        v.note = ScopeInput.blankToNull(note);
        v.documentedBy = caller.auditName();
        v.documentedByName = caller.displayName();
        v.recordedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        return v;
    }

    ConsentView view(Consent c, List<ConsentVersionRow> versions, boolean withHistory, Instant now) {
        ConsentVersionRow current = versions.get(versions.size() - 1);
        String status = ChangeKind.valueOf(current.change) == ChangeKind.WITHDRAWN ? "WITHDRAWN"
                : current.validUntil != null && Stockholm.dateOf(now).isAfter(current.validUntil) ? "EXPIRED" : "ACTIVE";
        return new ConsentView(c.id, c.caseId, c.personalIdentityNumber, c.legalGround, status,
                c.createdAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime(), c.createdBy, version(current),
                withHistory ? versions.stream().map(this::version).toList() : null);
    }

    private VersionView version(ConsentVersionRow v) {
        StoredChanges changes = store.changes(v);
        return new VersionView(v.version, v.change, store.scope(v), changes.added(), changes.removed(), v.form, v.givenOn,
                v.validUntil, v.signedFormReference, v.note, v.documentedBy, v.documentedByName,
                v.recordedAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime());
    }

    private static String documenter(ConsentVersionRow v) {
        return v.documentedByName != null ? v.documentedByName : v.documentedBy;
    }

    private static List<String> ids(Consent c) {
        return List.of(c.id.toString(), c.caseId.toString(), c.personKey);
    }

    private static List<ConsentVersionRow> with(List<ConsentVersionRow> versions, ConsentVersionRow v) {
        List<ConsentVersionRow> all = new ArrayList<>(versions);
        all.add(v);
        return all;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static void requireBasedOnCurrent(Integer basedOn, ConsentVersionRow current) {
        if (basedOn != null && basedOn != current.version) {
            throw new ProblemException(ProblemType.CONFLICT, "The change was prepared from version " + basedOn
                    + " but the consent is at version " + current.version + ": read it again and retry.");
        }
    }

    private static void requireOpen(ConsentVersionRow current) {
        if (ChangeKind.valueOf(current.change) == ChangeKind.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, new ConsentClosedException().getMessage() + ".");
        }
    }

    static List<Problem.FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
    }

    static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    static Throwable concurrentChange(Throwable failure) {
        return new ProblemException(ProblemType.CONFLICT,
                "The consent was changed at the same moment by someone else: read it again and retry.");
    }
}
