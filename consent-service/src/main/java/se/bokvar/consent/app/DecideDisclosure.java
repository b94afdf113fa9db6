package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ConsentDecisions;
import se.bokvar.rules.consent.ConsentRecord;
import se.bokvar.rules.consent.Decision;
import se.bokvar.rules.consent.DisclosureRequest;
import se.bokvar.rules.consent.Party;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Answers "may this case's caseworker disclose category C about this person to party P for purpose U now?" with
 * {@link ConsentDecisions}, from the consents as committed at the moment of the call (so a withdrawal takes effect
 * at once). Every decision is audited.
 */
@ApplicationScoped
public class DecideDisclosure {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentLookup lookup;
    private final ConsentRepository consents;
    private final ConsentHistory history;
    private final AuditLog audit;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public DecideDisclosure(Mutiny.SessionFactory sessionFactory, ConsentLookup lookup, ConsentRepository consents,
            ConsentHistory history, AuditLog audit, Clock clock, TenancyKeys keys) {
        this.sessionFactory = sessionFactory;
        this.lookup = lookup;
        this.consents = consents;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.keys = keys;
    }

    public Uni<DisclosureAnswer> decide(Caller caller, DisclosureQuestion req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Party party = ScopeInput.party(req.party(), "party", errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(InvalidInput.of(errors));
        }
        DisclosureRequest request = new DisclosureRequest(party, req.purpose(), req.category());
        String personKey = keys.personKey(PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock));
        return sessionFactory.withTransaction((session, tx) -> lookup.caseFor(session, caller, req.caseId())
                .flatMap(access -> {
                    lookup.requireMember(access, personKey);
                    return consents.ofCase(session, req.caseId(), personKey);
                })
                .flatMap(found -> consents.versions(session, found.stream().map(c -> c.id).toList()).flatMap(versions -> {
                    List<ConsentRecord> records = found.stream()
                            .filter(c -> versions.containsKey(c.id))
                            .map(c -> history.record(c, versions.get(c.id))).toList();
                    Instant now = clock.instant();
                    Decision decision = ConsentDecisions.decide(records, request, now);
                    List<String> ids = new ArrayList<>(List.of(req.caseId().toString(), personKey));
                    if (decision.consentId() != null) {
                        ids.add(0, decision.consentId().toString());
                    }
                    String purpose = request + " -> " + decision.outcome() + " " + decision.reasonCode();
                    return audit.record(session, caller, "consent.decision", "consent", ids, purpose)
                            .map(x -> new DisclosureAnswer(decision.outcome(), decision.reasonCode(), decision.reason(),
                                    decision.consentId(), decision.consentVersion(), decision.legalGround(),
                                    OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM)));
                })));
    }
}
