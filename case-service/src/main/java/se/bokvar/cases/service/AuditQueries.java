package se.bokvar.cases.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.rest.AuditQueryRequest;
import se.bokvar.cases.rest.AuditRecordView;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;

/** The auditor's view of the append-only audit trail. The query itself is audited too. */
@ApplicationScoped
public class AuditQueries {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final People people;

    @Inject
    public AuditQueries(Mutiny.SessionFactory sessionFactory, AuditLog audit, People people) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.people = people;
    }

    public Uni<List<AuditRecordView>> query(Caller caller, AuditQueryRequest q) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor_subject, actor_username, actor_roles,"
                + " actor_board, action, resource_type, array_to_string(resource_ids, ','), purpose from audit_record where true");
        List<Object> params = new ArrayList<>();
        List<String> named = new ArrayList<>();
        if (q.caseId() != null) {
            params.add(q.caseId().toString());
            sql.append(" and resource_ids @> array[cast(?").append(params.size()).append(" as text)]");
            named.add(q.caseId().toString());
        }
        if (q.personalIdentityNumber() != null) {
            String key = people.personKey(q.personalIdentityNumber()).orElseThrow();
            params.add(key);
            sql.append(" and resource_ids @> array[cast(?").append(params.size()).append(" as text)]");
            named.add(key);
        }
        if (q.actor() != null) {
            params.add(q.actor());
            sql.append(" and actor_username = ?").append(params.size());
        }
        if (q.action() != null) {
            params.add(q.action());
            sql.append(" and action = ?").append(params.size());
        }
        if (q.from() != null) {
            params.add(q.from());
            sql.append(" and occurred_at >= ?").append(params.size());
        }
        if (q.to() != null) {
            params.add(q.to());
            sql.append(" and occurred_at < ?").append(params.size());
        }
        params.add(q.limit() == null ? 100 : q.limit());
        sql.append(" order by occurred_at desc, id desc limit ?").append(params.size());
        return sessionFactory.withTransaction((session, tx) -> {
            Mutiny.SelectionQuery<Object> query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList().map(rows -> rows.stream().map(AuditQueries::view).toList())
                    .flatMap(records -> audit.record(session, caller, "audit.query", "audit", named, null).replaceWith(records));
        });
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return OffsetDateTime.ofInstant(t.toInstant(), java.time.ZoneOffset.UTC);
        }
        return null;
    }

    private static AuditRecordView view(Object row) {
        Object[] r = (Object[]) row;
        String ids = (String) r[8];
        List<String> resourceIds = ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
        return new AuditRecordView(((Number) r[0]).longValue(), time(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], resourceIds, (String) r[9]);
    }
}
