package se.bokvar.cases.store.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Everything case-service holds about a person, as stored: the rows of every table about the cases the person is a
 * member of (as JSON, one document per case), the parked events that name them, and the audit records that name their
 * cases or their person key. Read for a register extract (GDPR art. 15), rarely and audited, on the Vert.x client so
 * that none of these one-off statements takes a place in Hibernate's query-plan cache.
 */
@ApplicationScoped
public class RegisterExtractStore {

    /** One stored row or document, as JSON text. */
    public record Stored(String id, OffsetDateTime at, String json) {
    }

    static final String CASES = "select c.id, c.opened_at from household_case c"
            + " where c.id in (select case_id from case_person where personal_identity_number = $1)"
            + " order by c.opened_at, c.id";

    /** One case with everything on it; the keys are the extract's (docs/register-extract.md). */
    static final String CASE_FILE = "select json_build_object("
            + " 'case', (select row_to_json(c) from household_case c where c.id = $1),"
            + " 'household', (select coalesce(json_agg(row_to_json(p) order by p.role, p.name), '[]') from case_person p where p.case_id = $1),"
            + " 'notices', (select coalesce(json_agg(row_to_json(n) order by n.received_at, n.id), '[]') from case_notice n where n.case_id = $1),"
            + " 'noticeRevisions', (select coalesce(json_agg(row_to_json(r) order by r.notice_id, r.revision), '[]')"
            + "     from case_notice_revision r join case_notice n on n.id = r.notice_id where n.case_id = $1),"
            + " 'deadlines', (select coalesce(json_agg(row_to_json(d) order by d.kind, d.ref), '[]') from case_deadline d where d.case_id = $1),"
            + " 'deadlineAlerts', (select coalesce(json_agg(row_to_json(a)), '[]') from deadline_alert a where a.case_id = $1),"
            + " 'steps', (select coalesce(json_agg(row_to_json(s) order by s.performed_at, s.id), '[]') from case_step s where s.case_id = $1),"
            + " 'preAssessmentExtensions', (select coalesce(json_agg(row_to_json(e) order by e.recorded_at), '[]')"
            + "     from pre_assessment_extension e where e.case_id = $1),"
            + " 'tasks', (select coalesce(json_agg(row_to_json(t)), '[]') from case_task t where t.case_id = $1),"
            + " 'evictions', (select coalesce(json_agg(row_to_json(k) order by k.kfm_case_number), '[]') from kfm_eviction k where k.case_id = $1),"
            + " 'responsibleNamings', (select coalesce(json_agg(row_to_json(r) order by r.kfm_case_number, r.sequence), '[]')"
            + "     from responsible_naming r where r.case_id = $1),"
            + " 'postponementRequests', (select coalesce(json_agg(row_to_json(q) order by q.requested_at), '[]')"
            + "     from postponement_request q where q.case_id = $1),"
            + " 'letters', (select coalesce(json_agg(row_to_json(l)), '[]') from case_letter l where l.case_id = $1),"
            + " 'timeline', (select coalesce(json_agg(row_to_json(t) order by t.at, t.seq), '[]') from case_timeline t where t.case_id = $1)"
            + ")::text";

    /** Events waiting for the notice they refer to; they carry the person's number as sent. */
    static final String PARKED = "select event_id::text, parked_at, payload::text from parked_event"
            + " where strpos(payload::text, $1) > 0 order by parked_at, event_id";

    /** Who read, searched or changed the person's cases, or named the person (by person key). */
    static final String ACCESS = "select id::text, occurred_at, row_to_json(a)::text from audit_record a"
            + " where a.resource_ids && $1 order by a.occurred_at, a.id";

    /** The ids of the cases the person is a member of, oldest first. */
    public Uni<List<Stored>> cases(SqlClient client, String canonical) {
        return client.preparedQuery(CASES).execute(Tuple.of(canonical)).map(rows -> {
            List<Stored> out = new ArrayList<>();
            for (Row r : rows) {
                out.add(new Stored(r.getUUID(0).toString(), r.getOffsetDateTime(1), null));
            }
            return out;
        });
    }

    /** One case file as a JSON document. */
    public Uni<String> caseFile(SqlClient client, UUID caseId) {
        return client.preparedQuery(CASE_FILE).execute(Tuple.of(caseId)).map(rows -> rows.iterator().next().getString(0));
    }

    public Uni<List<Stored>> parkedEvents(SqlClient client, String canonical) {
        return client.preparedQuery(PARKED).execute(Tuple.of(canonical)).map(RegisterExtractStore::stored);
    }

    /** @param resourceIds the person's cases and person key */
    public Uni<List<Stored>> access(SqlClient client, List<String> resourceIds) {
        return client.preparedQuery(ACCESS).execute(Tuple.of(resourceIds.toArray(String[]::new)))
                .map(RegisterExtractStore::stored);
    }

    private static List<Stored> stored(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Stored> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Stored(r.getString(0), r.getOffsetDateTime(1), r.getString(2)));
        }
        return out;
    }
}
