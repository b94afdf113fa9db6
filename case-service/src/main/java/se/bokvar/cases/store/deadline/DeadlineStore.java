package se.bokvar.cases.store.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CaseStep;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.cases.store.PreAssessmentExtension;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.notice.NoticeKind;

/**
 * The deadlines' SQL: the stored facts a case's deadlines are computed from, the computed deadlines
 * ({@code case_deadline}, the inbox's sort key) and the once-only alert rows ({@code deadline_alert}).
 */
@ApplicationScoped
public class DeadlineStore {

    static final String UPSERT = """
            insert into case_deadline (case_id, kind, ref, due_on, due_at, act_by, state, near_at, next_check_at,
                                       details, computed_at)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), ?7, ?8, cast(?9 as timestamptz), cast(cast(?10 as text) as jsonb), ?11)
            on conflict (case_id, kind, ref) do update set due_on = excluded.due_on, due_at = excluded.due_at,
                act_by = excluded.act_by, state = excluded.state, near_at = excluded.near_at,
                next_check_at = excluded.next_check_at, details = excluded.details, computed_at = excluded.computed_at
            """;
    static final String DELETE_STALE = "delete from case_deadline where case_id = ?1 and kind || ':' || ref <> all(?2)";
    static final String ALERT_ONCE = """
            insert into deadline_alert (alert_id, case_id, deadline, due_on, alert, detected_at)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict on constraint deadline_alert_once do nothing
            """;

    /** The facts of one case the deadline engine needs, as stored. */
    public record StoredFacts(List<CaseNotice> terminations, Map<UUID, List<NoticeRevision>> revisions,
            List<PreAssessmentExtension> extensions, List<CaseStep> steps, List<KfmEviction> evictions) {
    }

    /** One computed deadline as stored in {@code case_deadline}. */
    public record DeadlineRow(UUID caseId, String kind, String ref, LocalDate dueOn, OffsetDateTime dueAt, LocalDate actBy,
            String state, OffsetDateTime nearAt, OffsetDateTime nextCheckAt, Map<String, Object> details, OffsetDateTime computedAt) {
    }

    /** An alert to announce once. */
    public record AlertRow(UUID alertId, UUID caseId, String deadline, LocalDate dueOn, String alert, OffsetDateTime detectedAt) {
    }

    static final String COMMITTED = "select alert_id from deadline_alert where alert_id = any($1)";

    private final ObjectMapper mapper;
    private final Pool pool;

    @Inject
    public DeadlineStore(ObjectMapper mapper, Pool pool) {
        this.mapper = mapper;
        this.pool = pool;
    }

    /** Which of the alerts exist (their transactions committed), on a connection of its own. */
    public Uni<List<UUID>> committedAlerts(List<UUID> alertIds) {
        return pool.preparedQuery(COMMITTED).execute(Tuple.tuple().addArrayOfUUID(alertIds.toArray(UUID[]::new)))
                .map(rows -> {
                    List<UUID> out = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        out.add(row.getUUID(0));
                    }
                    return out;
                });
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored facts of a case.
     *
     * @param newCase the case was opened in this transaction: it has no pre-assessment extension and no step yet,
     *                so those two are not queried
     */
    public Uni<StoredFacts> facts(Mutiny.Session session, UUID caseId, boolean newCase) {
        Uni<List<CaseNotice>> terminations = session.createSelectionQuery(
                "from CaseNotice where caseId = :id and kind = :kind and source = :source order by receivedAt, id",
                CaseNotice.class)
                .setParameter("id", caseId).setParameter("kind", NoticeKind.TERMINATION_UNPAID_RENT)
                .setParameter("source", NoticeSource.LANDLORD).getResultList();
        Uni<List<PreAssessmentExtension>> extensions = newCase ? Uni.createFrom().item(List.of())
                : session.createSelectionQuery("from PreAssessmentExtension where caseId = :id order by recordedAt, id",
                        PreAssessmentExtension.class)
                        .setParameter("id", caseId).getResultList();
        Uni<List<CaseStep>> steps = newCase ? Uni.createFrom().item(List.of())
                : session.createSelectionQuery(
                        "from CaseStep where caseId = :id and status = :done and kind in (:kinds) order by performedAt",
                        CaseStep.class)
                        .setParameter("id", caseId).setParameter("done", CaseStep.Status.DONE)
                        .setParameter("kinds", List.of(StepKind.INVESTIGATION_OPENED,
                                StepKind.PAYMENT_COMMITMENT, StepKind.EVICTION_ATTENDANCE))
                        .getResultList();
        return terminations.flatMap(notices -> revisions(session, notices).flatMap(revisions -> extensions
                .flatMap(ext -> steps.flatMap(done -> session.createSelectionQuery(
                        "from KfmEviction where caseId = :id order by receivedAt", KfmEviction.class)
                        .setParameter("id", caseId).getResultList()
                        .map(evictions -> new StoredFacts(notices, revisions, ext, done, evictions))))));
    }

    private Uni<Map<UUID, List<NoticeRevision>>> revisions(Mutiny.Session session, List<CaseNotice> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from NoticeRevision where noticeId in (:ids) order by noticeId, revision",
                NoticeRevision.class)
                .setParameter("ids", notices.stream().map(n -> n.id).toList()).getResultList()
                .map(list -> {
                    Map<UUID, List<NoticeRevision>> map = new LinkedHashMap<>();
                    list.forEach(r -> map.computeIfAbsent(r.noticeId, k -> new ArrayList<>()).add(r));
                    return map;
                });
    }

    public Uni<Void> upsert(Mutiny.Session session, DeadlineRow d) {
        return session.createNativeQuery(UPSERT)
                .setParameter(1, d.caseId())
                .setParameter(2, d.kind())
                .setParameter(3, d.ref())
                .setParameter(4, d.dueOn())
                .setParameter(5, d.dueAt())
                .setParameter(6, d.actBy())
                .setParameter(7, d.state())
                .setParameter(8, d.nearAt())
                .setParameter(9, d.nextCheckAt())
                .setParameter(10, json(d.details()))
                .setParameter(11, d.computedAt())
                .executeUpdate().replaceWithVoid();
    }

    /** Deletes the case's deadlines whose {@code kind:ref} is not among {@code keep}. */
    public Uni<Void> deleteOthers(Mutiny.Session session, UUID caseId, List<String> keep) {
        return session.createNativeQuery(DELETE_STALE).setParameter(1, caseId)
                .setParameter(2, keep.toArray(String[]::new)).executeUpdate().replaceWithVoid();
    }

    /** Inserts the alert unless it was announced before; true when it is new. */
    public Uni<Boolean> alertOnce(Mutiny.Session session, AlertRow a) {
        return session.createNativeQuery(ALERT_ONCE)
                .setParameter(1, a.alertId())
                .setParameter(2, a.caseId())
                .setParameter(3, a.deadline())
                .setParameter(4, a.dueOn())
                .setParameter(5, a.alert())
                .setParameter(6, a.detectedAt())
                .executeUpdate().map(inserted -> inserted > 0);
    }
}
