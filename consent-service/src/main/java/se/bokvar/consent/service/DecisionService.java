package se.bokvar.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.rest.DecisionRequest;
import se.bokvar.consent.rest.DecisionView;
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
public class DecisionService {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public DecisionService(Mutiny.SessionFactory sessionFactory, ConsentStore store, AuditLog audit, Clock clock,
            TenancyKeys keys) {
        this.sessionFactory = sessionFactory;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.keys = keys;
    }

    public Uni<DecisionView> decide(Caller caller, DecisionRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Party party = ScopeInput.party(req.party(), "party", errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ConsentService.invalid(errors));
        }
        DisclosureRequest request = new DisclosureRequest(party, req.purpose(), req.category());
        String personKey = keys.personKey(PersonalIdentityNumber.parse(req.personalIdentityNumber(), clock));
        return sessionFactory.withTransaction((session, tx) -> store.caseFor(session, caller, req.caseId())
                .flatMap(access -> {
                    store.requireMember(access, personKey);
                    return store.consentsOf(session, req.caseId(), personKey);
                })
                .flatMap(consents -> store.versions(session, consents.stream().map(c -> c.id).toList()).flatMap(versions -> {
                    List<ConsentRecord> records = consents.stream()
                            .filter(c -> versions.containsKey(c.id))
                            .map(c -> store.record(c, versions.get(c.id))).toList();
                    Instant now = clock.instant();
                    Decision decision = ConsentDecisions.decide(records, request, now);
                    List<String> ids = new ArrayList<>(List.of(req.caseId().toString(), personKey));
                    if (decision.consentId() != null) {
                        ids.add(0, decision.consentId().toString());
                    }
                    String purpose = request + " -> " + decision.outcome() + " " + decision.reasonCode();
                    return audit.record(session, caller, "consent.decision", "consent", ids, purpose)
                            .map(x -> new DecisionView(decision.outcome().name(), decision.reasonCode().name(),
                                    decision.reason(), decision.consentId(), decision.consentVersion(),
                                    decision.legalGround() == null ? null : decision.legalGround().name(),
                                    OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM)));
                })));
    }
}
