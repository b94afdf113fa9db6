package se.bokvar.consent.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.v1.CaseAccessChangedV1;

/**
 * Keeps {@code case_access} in step with case-service's access events. A newer {@code sequence} replaces the row;
 * an older or equal one changes nothing, so redelivered and reordered events are harmless.
 */
@ApplicationScoped
public class CaseAccessProjection {

    static final String UPSERT = "insert into case_access (case_id, board, children_affected, status, person_keys, sequence,"
            + " changed_at, updated_at) values (?1, cast(?2 as text), ?3, ?4, cast(cast(?5 as text) as jsonb), ?6,"
            + " cast(?7 as timestamptz), now())"
            + " on conflict (case_id) do update set board = excluded.board, children_affected = excluded.children_affected,"
            + " status = excluded.status, person_keys = excluded.person_keys, sequence = excluded.sequence,"
            + " changed_at = excluded.changed_at, updated_at = now()"
            + " where case_access.sequence < excluded.sequence";

    private final ObjectMapper mapper;

    @Inject
    public CaseAccessProjection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Applies the event in the session's transaction. */
    public Uni<Void> apply(Mutiny.Session session, CaseAccessChangedV1 event) {
        List<String> keys = event.personKeys() == null ? List.of()
                : event.personKeys().stream().filter(k -> k != null && !k.isBlank()).distinct().toList();
        String json;
        try {
            json = mapper.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("cannot serialise person keys", e));
        }
        return session.createNativeQuery(UPSERT)
                .setParameter(1, event.caseId())
                .setParameter(2, event.board() == null || event.board().isBlank() ? null : event.board())
                .setParameter(3, event.childrenAffected())
                .setParameter(4, event.status() == null ? "UNKNOWN" : event.status())
                .setParameter(5, json)
                .setParameter(6, event.sequence())
                .setParameter(7, event.at() == null ? null : OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                .executeUpdate()
                .replaceWithVoid();
    }
}
