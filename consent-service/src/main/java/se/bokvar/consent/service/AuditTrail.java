package se.bokvar.consent.service;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.rest.AuditPage;
import se.bokvar.consent.rest.AuditRecordView;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;

/** The auditors' view of consent-service's audit trail. Reading it is itself audited. */
@ApplicationScoped
public class AuditTrail {

    /** The filters of one query; null means "any". */
    public record Filter(OffsetDateTime from, OffsetDateTime to, String actor, String action, String resourceId,
            Long after, int limit) {

        String describe() {
            List<String> parts = new ArrayList<>();
            if (from != null) {
                parts.add("from " + from);
            }
            if (to != null) {
                parts.add("to " + to);
            }
            if (actor != null) {
                parts.add("actor " + actor);
            }
            if (action != null) {
                parts.add("action " + action);
            }
            if (resourceId != null) {
                parts.add("resource " + resourceId);
            }
            if (after != null) {
                parts.add("after " + after);
            }
            parts.add("limit " + limit);
            return String.join(", ", parts);
        }
    }

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    @Inject
    public AuditTrail(Mutiny.SessionFactory sessionFactory, AuditLog audit, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.mapper = mapper;
    }

    public Uni<AuditPage> find(Caller caller, Filter filter) {
        StringBuilder sql = new StringBuilder("select json_build_object('id', id, 'occurredAt', occurred_at,"
                + " 'actorSubject', actor_subject, 'actorUsername', actor_username, 'actorRoles', actor_roles,"
                + " 'actorBoard', actor_board, 'action', action, 'resourceType', resource_type,"
                + " 'resourceIds', to_jsonb(resource_ids), 'purpose', purpose)::text from audit_record where true");
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
        return sessionFactory.withTransaction((session, tx) -> {
            Mutiny.SelectionQuery<String> query = session.createNativeQuery(sql.toString(), String.class);
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query.getResultList().flatMap(rows -> audit.record(session, caller, "audit.read", "audit", List.of(),
                    filter.describe()).map(x -> page(rows, filter.limit())));
        });
    }

    private AuditPage page(List<String> rows, int limit) {
        List<AuditRecordView> records = new ArrayList<>();
        for (String row : rows.subList(0, Math.min(rows.size(), limit))) {
            try {
                AuditRecordView r = mapper.readerFor(AuditRecordView.class)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(row);
                records.add(new AuditRecordView(r.id(), r.occurredAt().atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime(),
                        r.actorSubject(), r.actorUsername(), r.actorRoles(), r.actorBoard(), r.action(), r.resourceType(),
                        r.resourceIds(), r.purpose()));
            } catch (IOException e) {
                throw new IllegalStateException("unreadable audit record", e);
            }
        }
        Long next = rows.size() > limit ? records.get(records.size() - 1).id() : null;
        return new AuditPage(records, next);
    }
}
