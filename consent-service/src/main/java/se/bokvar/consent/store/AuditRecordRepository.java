package se.bokvar.consent.store;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Reads the service's audit trail ({@code audit_record}, written by platform-commons' AuditLog). */
@ApplicationScoped
public class AuditRecordRepository {

    /** The filters of one query; null means "any". Rows come oldest first, at most {@code limit}. */
    public record AuditFilter(OffsetDateTime from, OffsetDateTime to, String actor, String action, String resourceId,
            Long after, int limit) {
    }

    /** One audit record as stored. */
    public record AuditRow(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
            String actorRoles, String actorBoard, String action, String resourceType, List<String> resourceIds,
            String purpose) {
    }

    private static final String SELECT = "select json_build_object('id', id, 'occurredAt', occurred_at,"
            + " 'actorSubject', actor_subject, 'actorUsername', actor_username, 'actorRoles', actor_roles,"
            + " 'actorBoard', actor_board, 'action', action, 'resourceType', resource_type,"
            + " 'resourceIds', to_jsonb(resource_ids), 'purpose', purpose)::text from audit_record where true";

    private final ObjectReader reader;

    @Inject
    public AuditRecordRepository(ObjectMapper mapper) {
        this.reader = mapper.readerFor(AuditRow.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The records matching the filter, oldest first: at most {@code limit + 1}, so the caller sees whether more follow. */
    public Uni<List<AuditRow>> find(Mutiny.Session session, AuditFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            params.add(filter.from());
            sql.append(" and occurred_at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            sql.append(" and occurred_at < ?").append(params.size());
        }
        if (filter.actor() != null) {
            params.add(filter.actor());
            sql.append(" and (actor_username = ?").append(params.size()).append(" or actor_subject = ?")
                    .append(params.size()).append(")");
        }
        if (filter.action() != null) {
            params.add(filter.action());
            sql.append(" and action = ?").append(params.size());
        }
        if (filter.resourceId() != null) {
            params.add(filter.resourceId());
            sql.append(" and ?").append(params.size()).append(" = any(resource_ids)");
        }
        if (filter.after() != null) {
            params.add(filter.after());
            sql.append(" and id > ?").append(params.size());
        }
        sql.append(" order by id limit ").append(filter.limit() + 1);
        Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql.toString(), String.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList().map(rows -> rows.stream().map(this::row).toList());
    }

    /**
     * Every record of {@code action} that names {@code resourceId} (e.g. every {@code consent.decision} about a person
     * key), oldest first, unpaged. Uses the GIN index on {@code resource_ids}.
     */
    public Uni<List<AuditRow>> naming(Mutiny.Session session, String action, String resourceId) {
        return session.createNativeQuery(SELECT + " and action = ?1 and resource_ids @> array[cast(?2 as text)] order by id",
                String.class).setParameter(1, action).setParameter(2, resourceId).getResultList()
                .map(rows -> rows.stream().map(this::row).toList());
    }

    private AuditRow row(String json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable audit record", e);
        }
    }
}
