package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentChanges;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Records a consent (version 1) of one of the case's persons, or another recorded legal ground: written with its
 * audit record and its {@code se.bokvar.consent.changed.v1} event in one transaction; a rejected request stores
 * nothing.
 */
@ApplicationScoped
public class RecordConsent {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentLookup lookup;
    private final ConsentRepository consents;
    private final ConsentVersionWriter writer;
    private final ConsentHistory history;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public RecordConsent(Mutiny.SessionFactory sessionFactory, ConsentLookup lookup, ConsentRepository consents,
            ConsentVersionWriter writer, ConsentHistory history, Clock clock, TenancyKeys keys) {
        this.sessionFactory = sessionFactory;
        this.lookup = lookup;
        this.consents = consents;
        this.writer = writer;
        this.history = history;
        this.clock = clock;
        this.keys = keys;
    }

    public Uni<RecordedConsent> record(Caller caller, UUID caseId, NewConsent req) {
        LegalGround ground = req.ground();
        Instant now = clock.instant();
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentScope scope = validate(req, Stockholm.dateOf(now), errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(InvalidInput.of(errors));
        }
        PersonalIdentityNumber pin = PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock);
        String personKey = keys.personKey(pin);
        return sessionFactory.withTransaction((session, tx) -> lookup.caseFor(session, caller, caseId).flatMap(access -> {
            lookup.requireMember(access, personKey);
            ConsentRow consent = new ConsentRow();
            consent.id = UUID.randomUUID();
            consent.caseId = caseId;
            consent.personKey = personKey;
            consent.personalIdentityNumber = pin.canonical();
            consent.legalGround = ground;
            consent.createdAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
            consent.createdBy = caller.auditName();
            ConsentVersionRow v = writer.row(consent, new ConsentVersionWriter.NewVersion(1, ChangeKind.GIVEN, scope,
                    ConsentScope.EMPTY, req.form(), req.givenOn(), req.validUntil(),
                    ScopeInput.blankToNull(req.signedFormReference()), req.note()), caller, now);
            return consents.insert(session, consent)
                    .chain(() -> writer.append(session, caller, "consent.give", consent, v, scope))
                    .map(x -> history.view(consent, List.of(v), true, now));
        })).invoke(writer::committed);
    }

    /** The scope of a new consent; every problem with it, its form and its dates added to {@code errors}. */
    static ConsentScope validate(NewConsent req, LocalDate today, List<Problem.FieldError> errors) {
        LegalGround ground = req.ground();
        ConsentScope scope = ScopeInput.read(req.parties(), req.purposes(), req.categories(), req.otherPurpose(),
                req.otherCategory(), errors);
        if (errors.isEmpty()) {
            errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateScope(ground, scope.toScope())));
        }
        errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateForm(ground, req.form(), req.signedFormReference())));
        errors.addAll(InvalidInput.fieldErrors(ConsentChanges.validateDates(req.givenOn(), req.validUntil(), today)));
        return scope;
    }
}
