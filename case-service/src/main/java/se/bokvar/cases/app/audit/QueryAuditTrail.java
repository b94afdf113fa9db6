package se.bokvar.cases.app.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.store.AuditTrailStore;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;

/** The auditor's view of the append-only audit trail. The query itself is audited too. */
@ApplicationScoped
public class QueryAuditTrail {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final HouseholdMembers people;
    private final AuditTrailStore trail;

    @Inject
    public QueryAuditTrail(Mutiny.SessionFactory sessionFactory, AuditLog audit, HouseholdMembers people,
            AuditTrailStore trail) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.people = people;
        this.trail = trail;
    }

    public Uni<List<AuditRecordView>> handle(Caller caller, AuditQueryRequest q) {
        List<String> named = new ArrayList<>();
        if (q.caseId() != null) {
            named.add(q.caseId().toString());
        }
        String personKey = null;
        if (q.personalIdentityNumber() != null) {
            personKey = people.personKey(q.personalIdentityNumber()).orElseThrow();
            named.add(personKey);
        }
        AuditTrailStore.Filter filter = new AuditTrailStore.Filter(q.caseId(), personKey, q.actor(), q.action(), q.from(),
                q.to(), q.limit() == null ? 100 : q.limit());
        return sessionFactory.withTransaction((session, tx) -> trail.find(session, filter)
                .map(rows -> rows.stream().map(r -> new AuditRecordView(r.id(), r.occurredAt(), r.actorSubject(),
                        r.actorUsername(), r.actorRoles(), r.actorBoard(), r.action(), r.resourceType(), r.resourceIds(),
                        r.purpose())).toList())
                .flatMap(records -> audit.record(session, caller, "audit.query", "audit", named, null).replaceWith(records)));
    }
}
