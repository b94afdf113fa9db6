package se.bokvar.consent.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.CaseAccessRepository;
import se.bokvar.consent.store.CaseAccessRepository.CaseAccessUpdate;
import se.bokvar.contracts.v1.CaseAccessChangedV1;

/**
 * Keeps {@code case_access} in step with case-service's access events. A newer {@code sequence} replaces the row;
 * an older or equal one changes nothing, so redelivered and reordered events are harmless.
 */
@ApplicationScoped
public class ApplyCaseAccess {

    private final CaseAccessRepository cases;
    private final StoredJson json;

    @Inject
    public ApplyCaseAccess(CaseAccessRepository cases, StoredJson json) {
        this.cases = cases;
        this.json = json;
    }

    /** Applies the event in the session's transaction (the consumer's processed-event guard). */
    public Uni<Void> apply(Mutiny.Session session, CaseAccessChangedV1 event, Instant readAt) {
        CaseAccessUpdate update;
        try {
            update = update(event, readAt, json);
        } catch (IllegalStateException e) {
            return Uni.createFrom().failure(e);
        }
        return cases.upsert(session, update);
    }

    /** The row to write: blank and repeated person keys dropped, a blank board is no board, a missing status UNKNOWN. */
    static CaseAccessUpdate update(CaseAccessChangedV1 event, Instant readAt, StoredJson json) {
        List<String> keys = event.personKeys() == null ? List.of()
                : event.personKeys().stream().filter(k -> k != null && !k.isBlank()).distinct().toList();
        return new CaseAccessUpdate(event.caseId(), event.board() == null || event.board().isBlank() ? null : event.board(),
                event.childrenAffected(), event.status() == null ? "UNKNOWN" : event.status(), json.write(keys),
                event.sequence(), event.at() == null ? null : OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC));
    }
}
