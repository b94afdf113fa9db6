package se.bokvar.consent.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The projection of case-service's access events ({@code case_access}). */
@ApplicationScoped
public class CaseAccessRepository {

    /**
     * What to write for one case.
     *
     * @param personKeys JSON array of the person keys
     * @param updatedAt  when this service applied the event
     */
    public record CaseAccessUpdate(UUID caseId, String board, boolean childrenAffected, String status, String personKeys,
            long sequence, OffsetDateTime changedAt, OffsetDateTime updatedAt) {
    }

    static final String UPSERT = "insert into case_access (case_id, board, children_affected, status, person_keys, sequence,"
            + " changed_at, updated_at) values (?1, cast(?2 as text), ?3, ?4, cast(cast(?5 as text) as jsonb), ?6,"
            + " cast(?7 as timestamptz), cast(?8 as timestamptz))"
            + " on conflict (case_id) do update set board = excluded.board, children_affected = excluded.children_affected,"
            + " status = excluded.status, person_keys = excluded.person_keys, sequence = excluded.sequence,"
            + " changed_at = excluded.changed_at, updated_at = excluded.updated_at"
            + " where case_access.sequence < excluded.sequence";

    /** The case, or null if case-service never announced it. */
    public Uni<CaseAccessRow> find(Mutiny.Session session, UUID caseId) {
        return session.find(CaseAccessRow.class, caseId);
    }

    /** A newer {@code sequence} replaces the row; an older or equal one changes nothing. */
    public Uni<Void> upsert(Mutiny.Session session, CaseAccessUpdate update) {
        return session.createNativeQuery(UPSERT)
                .setParameter(1, update.caseId())
                .setParameter(2, update.board())
                .setParameter(3, update.childrenAffected())
                .setParameter(4, update.status())
                .setParameter(5, update.personKeys())
                .setParameter(6, update.sequence())
                .setParameter(7, update.changedAt())
                .setParameter(8, update.updatedAt())
                .executeUpdate()
                .replaceWithVoid();
    }
}
