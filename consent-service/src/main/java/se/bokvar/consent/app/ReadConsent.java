package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;

/** Reads one consent with its whole history, or the consents of a case with their current versions. Audited. */
@ApplicationScoped
public class ReadConsent {

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentLookup lookup;
    private final ConsentRepository consents;
    private final ConsentHistory history;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ReadConsent(Mutiny.SessionFactory sessionFactory, ConsentLookup lookup, ConsentRepository consents,
            ConsentHistory history, AuditLog audit, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.lookup = lookup;
        this.consents = consents;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** One consent with every version, oldest first. */
    public Uni<RecordedConsent> one(Caller caller, UUID consentId) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> lookup.load(session, caller, consentId)
                .flatMap(loaded -> audit.record(session, caller, "consent.read", "consent", loaded.ids(), null)
                        .map(x -> history.view(loaded.consent(), loaded.versions(), true, now))));
    }

    /** Every consent of the case with its current version. */
    public Uni<List<RecordedConsent>> ofCase(Caller caller, UUID caseId) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> lookup.caseFor(session, caller, caseId)
                .flatMap(access -> consents.ofCase(session, caseId, null))
                .flatMap(found -> consents.versions(session, found.stream().map(c -> c.id).toList())
                        .flatMap(versions -> {
                            List<String> ids = new ArrayList<>();
                            ids.add(caseId.toString());
                            found.forEach(c -> {
                                ids.add(c.id.toString());
                                if (!ids.contains(c.personKey)) {
                                    ids.add(c.personKey);
                                }
                            });
                            return audit.record(session, caller, "consent.list", "consent", ids, null)
                                    .map(x -> found.stream()
                                            .map(c -> history.view(c, versions.getOrDefault(c.id, List.of()), false, now))
                                            .toList());
                        })));
    }
}
