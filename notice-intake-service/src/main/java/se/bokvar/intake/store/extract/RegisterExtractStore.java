package se.bokvar.intake.store.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the intake holds about one person, for a register extract (GDPR art. 15; docs/register-extract.md): the
 * notices that name them, those notices' amendments, and the stored answers to idempotency keys that name those
 * notices. Every method runs on the caller's connection, in its transaction.
 *
 * <p>A person is found by their personnummer in a notice's {@code tenants}. There is no index for it, on purpose:
 * the extract is a rare, audited request, while every notice is written on the hot path, and a GIN index on
 * {@code payload} would be paid by every write (issue 14). The containment test scans the table instead; measured on
 * a million one-kilobyte notices (1.1 GB) and 100,000 corrections, PostgreSQL 17, 2 cores: 1.7–2.8 s (docs/intake.md,
 * "Register extract").
 */
@ApplicationScoped
public class RegisterExtractStore {

    /** A notice row as stored (the jsonb payload and the receipt as JSON text). */
    public record NoticeRow(UUID id, String kind, String landlordId, String landlordReference, OffsetDateTime receivedAt,
            String tenure, LocalDate servedOn, LocalDate recoveryPeriodLastDay, OffsetDateTime countedFromReceivedAt,
            String status, OffsetDateTime handedToCaseManagementAt, OffsetDateTime withdrawnAt, String payload,
            String receipt) {
    }

    /** An amendment row as stored (payload only for corrections). */
    public record AmendmentRow(UUID id, UUID noticeId, String action, OffsetDateTime receivedAt, String reason,
            String comment, LocalDate servedOn, LocalDate recoveryPeriodLastDay, String payload, String receipt) {
    }

    /** A stored first answer to a landlord's idempotency key. */
    public record AnswerRow(String landlordId, String idempotencyKey, String requestHash, int status, String location,
            String response, OffsetDateTime createdAt) {
    }

    /** Repeatable read: the notices, amendments and answers are read from one snapshot. */
    static final String SNAPSHOT = "set transaction isolation level repeatable read";

    /**
     * Containment of {@code {"tenants":[{"personalIdentityNumber": form}]}} for any of the forms ($1): the notice as it
     * stands, or any of its corrections (a correction may have removed the person from the current content).
     * Containment is the cheapest test per row: alone it took 1.8 s over a million notices, a JSON path over the
     * whole document 4.2 s.
     */
    public static final String NOTICES = "with person(doc) as ("
            + " select jsonb_build_object('tenants', jsonb_build_array(jsonb_build_object('personalIdentityNumber', f)))"
            + " from unnest($1::text[]) as f)"
            + " select n.id, n.kind, n.landlord_id, n.landlord_reference, n.received_at, n.tenure, n.served_on,"
            + " n.recovery_period_last_day, n.counted_from_received_at, n.status, n.handed_to_case_management_at,"
            + " n.withdrawn_at, n.payload::text as payload, n.receipt"
            + " from notice n"
            + " where n.payload @> any(array(select doc from person))"
            + " or n.id in (select a.notice_id from notice_amendment a"
            + " where a.payload is not null and a.payload @> any(array(select doc from person)))"
            + " order by n.received_at, n.id";

    static final String AMENDMENTS = "select id, notice_id, action, received_at, reason, comment, served_on,"
            + " recovery_period_last_day, payload::text as payload, receipt from notice_amendment"
            + " where notice_id = any($1) order by received_at, id";

    /**
     * The answers whose stored response contains one of the needles ($1): the person's notices' ids (a receipt names
     * its notice) and the person's number in quotes, in every form. Idempotency keys are kept 30 days, so the table
     * stays small.
     */
    static final String ANSWERS = "select r.landlord_id, r.idempotency_key, r.request_hash, r.status, r.location,"
            + " r.response, r.created_at from idempotency_record r"
            + " where exists (select 1 from unnest($1::text[]) as s(needle) where strpos(r.response, s.needle) > 0)"
            + " order by r.created_at, r.landlord_id, r.idempotency_key";

    /** Makes the transaction read one snapshot; call it first. */
    public Uni<Void> snapshot(SqlConnection conn) {
        return conn.query(SNAPSHOT).execute().replaceWithVoid();
    }

    /**
     * The notices that name the person as a tenant, oldest first.
     *
     * @param forms the person's number in every form it may be stored in
     */
    public Uni<List<NoticeRow>> notices(SqlConnection conn, Collection<String> forms) {
        return conn.preparedQuery(NOTICES).execute(Tuple.tuple().addArrayOfString(forms.toArray(String[]::new)))
                .map(rows -> list(rows, RegisterExtractStore::notice));
    }

    /** The amendments of these notices, oldest first. */
    public Uni<List<AmendmentRow>> amendments(SqlConnection conn, Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(AMENDMENTS).execute(Tuple.tuple().addArrayOfUUID(noticeIds.toArray(UUID[]::new)))
                .map(rows -> list(rows, RegisterExtractStore::amendment));
    }

    /** The stored answers whose response contains any of {@code needles}, oldest first. */
    public Uni<List<AnswerRow>> answers(SqlConnection conn, Collection<String> needles) {
        if (needles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(ANSWERS).execute(Tuple.tuple().addArrayOfString(needles.toArray(String[]::new)))
                .map(rows -> list(rows, RegisterExtractStore::answer));
    }

    private static NoticeRow notice(Row r) {
        return new NoticeRow(r.getUUID("id"), r.getString("kind"), r.getString("landlord_id"),
                r.getString("landlord_reference"), r.getOffsetDateTime("received_at"), r.getString("tenure"),
                r.getLocalDate("served_on"), r.getLocalDate("recovery_period_last_day"),
                r.getOffsetDateTime("counted_from_received_at"), r.getString("status"),
                r.getOffsetDateTime("handed_to_case_management_at"), r.getOffsetDateTime("withdrawn_at"),
                r.getString("payload"), r.getString("receipt"));
    }

    private static AmendmentRow amendment(Row r) {
        return new AmendmentRow(r.getUUID("id"), r.getUUID("notice_id"), r.getString("action"),
                r.getOffsetDateTime("received_at"), r.getString("reason"), r.getString("comment"),
                r.getLocalDate("served_on"), r.getLocalDate("recovery_period_last_day"), r.getString("payload"),
                r.getString("receipt"));
    }

    private static AnswerRow answer(Row r) {
        return new AnswerRow(r.getString("landlord_id"), r.getString("idempotency_key"), r.getString("request_hash"),
                r.getInteger("status"), r.getString("location"), r.getString("response"),
                r.getOffsetDateTime("created_at"));
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        List<T> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(map.apply(row));
        }
        return out;
    }
}
