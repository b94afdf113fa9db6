package se.bokvar.consent.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.AuditRecordRepository;
import se.bokvar.consent.store.AuditRecordRepository.AuditFilter;
import se.bokvar.consent.store.AuditRecordRepository.AuditRow;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;

/** The auditors' view of consent-service's audit trail, in pages. Reading it is itself audited. */
@ApplicationScoped
public class ReadAuditTrail {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditRecordRepository records;
    private final AuditLog audit;

    @Inject
    public ReadAuditTrail(Mutiny.SessionFactory sessionFactory, AuditRecordRepository records, AuditLog audit) {
        this.sessionFactory = sessionFactory;
        this.records = records;
        this.audit = audit;
    }

    public Uni<AuditTrailPage> read(Caller caller, AuditQuery query) {
        AuditFilter filter = new AuditFilter(query.from(), query.to(), query.actor(), query.action(), query.resourceId(),
                query.after(), query.limit());
        return sessionFactory.withTransaction((session, tx) -> records.find(session, filter)
                .flatMap(rows -> audit.record(session, caller, "audit.read", "audit", List.of(), query.describe())
                        .map(x -> page(rows, query.limit()))));
    }

    /** At most {@code limit} entries; {@code next} when the query found more. */
    static AuditTrailPage page(List<AuditRow> rows, int limit) {
        List<AuditEntry> entries = rows.subList(0, Math.min(rows.size(), limit)).stream()
                .map(r -> new AuditEntry(r.id(), r.occurredAt().atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime(),
                        r.actorSubject(), r.actorUsername(), r.actorRoles(), r.actorBoard(), r.action(), r.resourceType(),
                        r.resourceIds(), r.purpose()))
                .toList();
        Long next = rows.size() > limit ? entries.get(entries.size() - 1).id() : null;
        return new AuditTrailPage(entries, next);
    }
}
