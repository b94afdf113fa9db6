package se.bokvar.cases.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The SQL that reads the append-only audit trail ({@code audit_record}) for auditors. */
@ApplicationScoped
public class AuditTrailStore {

    /**
     * What to look for; every non-null field narrows it.
     *
     * @param personKey the person's key (never the number)
     */
    public record Filter(UUID caseId, String personKey, String actor, String action, OffsetDateTime from,
            OffsetDateTime to, int limit) {
    }

    /** One audit record. */
    public record AuditRow(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
            String actorRoles, String actorBoard, String action, String resourceType, List<String> resourceIds,
            String purpose) {
    }

    /** The matching records, newest first. */
    public Uni<List<AuditRow>> find(Mutiny.Session session, Filter f) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor_subject, actor_username, actor_roles,"
                + " actor_board, action, resource_type, array_to_string(resource_ids, ','), purpose from audit_record where true");
        List<Object> params = new ArrayList<>();
        if (f.caseId() != null) {
            params.add(f.caseId().toString());
            sql.append(" and resource_ids @> array[cast(?").append(params.size()).append(" as text)]");
        }
        if (f.personKey() != null) {
            params.add(f.personKey());
            sql.append(" and resource_ids @> array[cast(?").append(params.size()).append(" as text)]");
        }
        if (f.actor() != null) {
            params.add(f.actor());
            sql.append(" and actor_username = ?").append(params.size());
        }
        if (f.action() != null) {
            params.add(f.action());
            sql.append(" and action = ?").append(params.size());
        }
        if (f.from() != null) {
            params.add(f.from());
            sql.append(" and occurred_at >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(f.to());
            sql.append(" and occurred_at < ?").append(params.size());
        }
        params.add(f.limit());
        sql.append(" order by occurred_at desc, id desc limit ?").append(params.size());
        Mutiny.SelectionQuery<Object> query = session.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList().map(rows -> rows.stream().map(AuditTrailStore::row).toList());
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return OffsetDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
        }
        return null;
    }

    private static AuditRow row(Object row) {
        Object[] r = (Object[]) row;
        String ids = (String) r[8];
        List<String> resourceIds = ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
        return new AuditRow(((Number) r[0]).longValue(), time(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], resourceIds, (String) r[9]);
    }
}
