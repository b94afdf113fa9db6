package se.bokvar.cases.store.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The deadlines' SQL: the stored facts a case's deadlines are computed from and the once-only alert rows
 * ({@code deadline_alert}); the computed deadlines themselves are {@link DeadlineRows}.
 */
@ApplicationScoped
public class DeadlineStore {

    /**
     * The alerts due, in one statement; those announced before conflict and are left. Run as an update (no
     * {@code returning}): a native select adds a query plan on every run. Which are new is read back by their fresh ids.
     */
    static final String ALERTS_ONCE = """
            insert into deadline_alert (alert_id, case_id, deadline, due_on, alert, detected_at)
            select a.alert_id, ?1, a.deadline, a.due_on, a.alert, ?2
            from jsonb_to_recordset(cast(cast(?3 as text) as jsonb)) as a(alert_id uuid, deadline text, due_on date,
                alert text)
            on conflict on constraint deadline_alert_once do nothing
            """;
    /**
     * A termination's fields the deadlines need and, once it was corrected, updated or withdrawn, its revisions: one
     * row per revision (no payload, nothing managed). An unchanged notice's only revision is its original, which says
     * what the notice says, so it is not read.
     */
    static final String TERMINATIONS = """
            select n.id, n.tenure, n.servedOn, n.countingReceivedAt, n.status, n.withdrawnAt,
                   r.revision, r.change, r.receivedAt, r.servedOn, r.tenure
            from CaseNotice n left join NoticeRevision r on r.noticeId = n.id and n.revision > 1
            where n.caseId = :id and n.kind = :kind and n.source = :source
            order by n.receivedAt, n.id, r.revision
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
    private final DeadlineRows rows;

    @Inject
    public DeadlineStore(ObjectMapper mapper, Pool pool, DeadlineRows rows) {
        this.mapper = mapper;
        this.pool = pool;
        this.rows = rows;
    }

    /** Stores the case's computed deadlines, writing only what changed ({@link DeadlineRows#sync}). */
    public Uni<Void> sync(Mutiny.Session session, UUID caseId, List<DeadlineRow> computed, OffsetDateTime computedAt,
            boolean newCase) {
        return rows.sync(session, caseId, computed, computedAt, newCase);
    }

    /** Stores the deadlines of cases opened in this transaction, in one statement ({@link DeadlineRows#insertNew}). */
    public Uni<Void> insertNew(Mutiny.Session session, List<DeadlineRow> computed, OffsetDateTime computedAt) {
        return rows.insertNew(session, computed, computedAt);
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
        return terminations(session, caseId).flatMap(t -> extensions
                .flatMap(ext -> steps.flatMap(done -> session.createSelectionQuery(
                        "from KfmEviction where caseId = :id order by receivedAt", KfmEviction.class)
                        .setParameter("id", caseId).getResultList()
                        .map(evictions -> new StoredFacts(t.notices(), t.revisions(), ext, done, evictions)))));
    }

    private record Terminations(List<CaseNotice> notices, Map<UUID, List<NoticeRevision>> revisions) {
    }

    /**
     * The case's terminations for unpaid rent from landlords with their revisions, in one query that reads only what
     * the deadlines need: the rows are plain values, not entities the session would load whole (with the notice's
     * payload) and check for changes at every flush, so a case with many notices costs a small read, not a large one.
     */
    private Uni<Terminations> terminations(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery(TERMINATIONS, Object[].class)
                .setParameter("id", caseId).setParameter("kind", NoticeKind.TERMINATION_UNPAID_RENT)
                .setParameter("source", NoticeSource.LANDLORD).getResultList()
                .map(rows -> {
                    Map<UUID, CaseNotice> notices = new LinkedHashMap<>();
                    Map<UUID, List<NoticeRevision>> revisions = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        UUID id = (UUID) row[0];
                        notices.computeIfAbsent(id, k -> {
                            CaseNotice n = new CaseNotice();
                            n.id = id;
                            n.tenure = (String) row[1];
                            n.servedOn = (LocalDate) row[2];
                            n.countingReceivedAt = (OffsetDateTime) row[3];
                            n.status = (CaseNotice.Status) row[4];
                            n.withdrawnAt = (OffsetDateTime) row[5];
                            return n;
                        });
                        if (row[6] != null) {
                            NoticeRevision r = new NoticeRevision();
                            r.noticeId = id;
                            r.revision = (Integer) row[6];
                            r.change = (NoticeRevision.Change) row[7];
                            r.receivedAt = (OffsetDateTime) row[8];
                            r.servedOn = (LocalDate) row[9];
                            r.tenure = (String) row[10];
                            revisions.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
                        }
                    }
                    return new Terminations(List.copyOf(notices.values()), revisions);
                });
    }

    /** Inserts the alerts not announced before, in one statement; the ids of those that are new. */
    public Uni<Set<UUID>> alertsOnce(Mutiny.Session session, UUID caseId, OffsetDateTime detectedAt, List<AlertRow> alerts) {
        if (alerts.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<Map<String, Object>> json = new ArrayList<>(alerts.size());
        for (AlertRow a : alerts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("alert_id", a.alertId().toString());
            row.put("deadline", a.deadline());
            row.put("due_on", DeadlineRows.text(a.dueOn()));
            row.put("alert", a.alert());
            json.add(row);
        }
        List<UUID> ids = alerts.stream().map(AlertRow::alertId).toList();
        // the ids are fresh (random per call): those found after the insert are exactly the alerts it added
        return session.createNativeQuery(ALERTS_ONCE).setParameter(1, caseId).setParameter(2, detectedAt)
                .setParameter(3, json(json)).executeUpdate()
                .flatMap(inserted -> inserted == 0 ? Uni.createFrom().item(Set.<UUID>of())
                        : session.createSelectionQuery("select a.alertId from DeadlineAlert a where a.alertId in :ids", UUID.class)
                                .setParameter("ids", ids).getResultList().map(Set::copyOf));
    }

}
