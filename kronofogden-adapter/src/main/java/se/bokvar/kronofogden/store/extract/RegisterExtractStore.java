package se.bokvar.kronofogden.store.extract;

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
 * What the adapter holds about one person, for a register extract (GDPR art. 15; docs/register-extract.md):
 * Kronofogden's notices that name them, and for those KFM cases the updates, every delivery with its attempts, and the
 * postponement requests. Every method runs on the caller's connection, in its transaction.
 *
 * <p>The notice and the delivery payloads are JSON in text columns. A person is found by a text search for their
 * number in quotes (cheap, and it runs as a parallel scan), and each candidate is then confirmed by a JSON path over
 * the parsed document: only a {@code personalIdentityNumber} member equal to one of the forms counts. There is no index
 * for it, on purpose: the extract is a rare, audited request and every notice is written on the hot path (issue 14).
 */
@ApplicationScoped
public class RegisterExtractStore {

    /** Kronofogden's notice as stored: the normalised notice as JSON text. */
    public record NoticeRow(UUID id, String kfmCaseNumber, OffsetDateTime receivedAt, OffsetDateTime evictionAt,
            String state, OffsetDateTime updatedAt, OffsetDateTime acknowledgementAlertAt, String notice) {
    }

    /** An update to a KFM case. */
    public record UpdateRow(UUID id, String kfmCaseNumber, String kfmUpdateId, String kind, OffsetDateTime evictionAt,
            String comment, OffsetDateTime receivedAt, String stateAfter) {
    }

    /** One outbound delivery: the payload as sent (JSON text), and its state. */
    public record DeliveryRow(UUID id, String kind, UUID caseId, String kfmCaseNumber, Integer sequence, String payload,
            String status, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt,
            OffsetDateTime confirmedAt, String remoteReference, String lastOutcome, Integer lastHttpStatus,
            LocalDate dueOn, OffsetDateTime overdueAt, OffsetDateTime overdueAlertedAt, String caseworkerUserId) {
    }

    /** One attempt to deliver. */
    public record AttemptRow(long id, UUID deliveryId, OffsetDateTime attemptedAt, String outcome, Integer httpStatus,
            String detail) {
    }

    /** A postponement request and Kronofogden's answer. */
    public record PostponementRow(UUID id, UUID caseId, String kfmCaseNumber, String grounds, OffsetDateTime requestedAt,
            String status, OffsetDateTime answeredAt, String outcome, OffsetDateTime newEvictionAt,
            String answerComment) {
    }

    static final String SNAPSHOT = "set transaction isolation level repeatable read";

    /**
     * The document ({@code column}) names the person: $1 are the number's forms in quotes (a text search), $2 the
     * forms (the JSON path, which only counts a {@code personalIdentityNumber} member).
     */
    static String names(String column) {
        return "(" + column + " like any (array(select '%' || q || '%' from unnest($1::text[]) as q))"
                + " and jsonb_path_exists(cast(" + column + " as jsonb),"
                + " 'lax $.**.personalIdentityNumber ? (@ == $forms[*])', jsonb_build_object('forms', to_jsonb($2::text[]))))";
    }

    public static final String NOTICES = "select id, kfm_case_number, received_at, eviction_at, state, updated_at,"
            + " acknowledgement_alert_at, notice from eviction_notice n where " + names("n.notice")
            + " order by received_at, id";

    /** KFM cases whose deliveries name the person (a letter to them), though no notice of theirs is stored. */
    static final String CASES_BY_DELIVERY = "select distinct kfm_case_number from delivery d where " + names("d.payload");

    static final String UPDATES = "select id, kfm_case_number, kfm_update_id, kind, eviction_at, comment, received_at,"
            + " state_after from eviction_update where kfm_case_number = any($1) order by received_at, id";

    static final String DELIVERIES = "select id, kind, case_id, kfm_case_number, sequence, payload, status, attempts,"
            + " next_attempt_at, created_at, confirmed_at, remote_reference, last_outcome, last_http_status, due_on,"
            + " overdue_at, overdue_alerted_at, caseworker_user_id from delivery where kfm_case_number = any($1)"
            + " order by created_at, kind, sequence, id";

    static final String ATTEMPTS = "select id, delivery_id, attempted_at, outcome, http_status, detail from delivery_attempt"
            + " where delivery_id = any($1) order by attempted_at, id";

    static final String POSTPONEMENTS = "select id, case_id, kfm_case_number, grounds, requested_at, status, answered_at,"
            + " outcome, new_eviction_at, answer_comment from postponement_request where kfm_case_number = any($1)"
            + " order by requested_at, id";

    /** Makes the transaction read one snapshot; call it first. */
    public Uni<Void> snapshot(SqlConnection conn) {
        return conn.query(SNAPSHOT).execute().replaceWithVoid();
    }

    /** Kronofogden's notices that name the person, oldest first ({@code forms}: the number in every stored form). */
    public Uni<List<NoticeRow>> notices(SqlConnection conn, Collection<String> forms) {
        return conn.preparedQuery(NOTICES).execute(byPerson(forms)).map(rows -> list(rows, RegisterExtractStore::notice));
    }

    /** The KFM case numbers of deliveries that name the person. */
    public Uni<List<String>> casesByDelivery(SqlConnection conn, Collection<String> forms) {
        return conn.preparedQuery(CASES_BY_DELIVERY).execute(byPerson(forms))
                .map(rows -> list(rows, r -> r.getString("kfm_case_number")));
    }

    public Uni<List<UpdateRow>> updates(SqlConnection conn, Collection<String> kfmCaseNumbers) {
        return byCases(conn, UPDATES, kfmCaseNumbers, RegisterExtractStore::update);
    }

    public Uni<List<DeliveryRow>> deliveries(SqlConnection conn, Collection<String> kfmCaseNumbers) {
        return byCases(conn, DELIVERIES, kfmCaseNumbers, RegisterExtractStore::delivery);
    }

    /** The attempts of these deliveries, in the order they were made. */
    public Uni<List<AttemptRow>> attempts(SqlConnection conn, Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(ATTEMPTS).execute(Tuple.tuple().addArrayOfUUID(deliveryIds.toArray(UUID[]::new)))
                .map(rows -> list(rows, RegisterExtractStore::attempt));
    }

    public Uni<List<PostponementRow>> postponements(SqlConnection conn, Collection<String> kfmCaseNumbers) {
        return byCases(conn, POSTPONEMENTS, kfmCaseNumbers, RegisterExtractStore::postponement);
    }

    private static Tuple byPerson(Collection<String> forms) {
        return Tuple.tuple().addArrayOfString(forms.stream().map(f -> "\"" + f + "\"").toArray(String[]::new))
                .addArrayOfString(forms.toArray(String[]::new));
    }

    private static <T> Uni<List<T>> byCases(SqlConnection conn, String sql, Collection<String> kfmCaseNumbers,
            Function<Row, T> map) {
        if (kfmCaseNumbers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(sql).execute(Tuple.tuple().addArrayOfString(kfmCaseNumbers.toArray(String[]::new)))
                .map(rows -> list(rows, map));
    }

    private static NoticeRow notice(Row r) {
        return new NoticeRow(r.getUUID("id"), r.getString("kfm_case_number"), r.getOffsetDateTime("received_at"),
                r.getOffsetDateTime("eviction_at"), r.getString("state"), r.getOffsetDateTime("updated_at"),
                r.getOffsetDateTime("acknowledgement_alert_at"), r.getString("notice"));
    }

    private static UpdateRow update(Row r) {
        return new UpdateRow(r.getUUID("id"), r.getString("kfm_case_number"), r.getString("kfm_update_id"),
                r.getString("kind"), r.getOffsetDateTime("eviction_at"), r.getString("comment"),
                r.getOffsetDateTime("received_at"), r.getString("state_after"));
    }

    private static DeliveryRow delivery(Row r) {
        return new DeliveryRow(r.getUUID("id"), r.getString("kind"), r.getUUID("case_id"), r.getString("kfm_case_number"),
                r.getInteger("sequence"), r.getString("payload"), r.getString("status"), r.getInteger("attempts"),
                r.getOffsetDateTime("next_attempt_at"), r.getOffsetDateTime("created_at"),
                r.getOffsetDateTime("confirmed_at"), r.getString("remote_reference"), r.getString("last_outcome"),
                r.getInteger("last_http_status"), r.getLocalDate("due_on"), r.getOffsetDateTime("overdue_at"),
                r.getOffsetDateTime("overdue_alerted_at"), r.getString("caseworker_user_id"));
    }

    private static AttemptRow attempt(Row r) {
        return new AttemptRow(r.getLong("id"), r.getUUID("delivery_id"), r.getOffsetDateTime("attempted_at"),
                r.getString("outcome"), r.getInteger("http_status"), r.getString("detail"));
    }

    private static PostponementRow postponement(Row r) {
        return new PostponementRow(r.getUUID("id"), r.getUUID("case_id"), r.getString("kfm_case_number"),
                r.getString("grounds"), r.getOffsetDateTime("requested_at"), r.getString("status"),
                r.getOffsetDateTime("answered_at"), r.getString("outcome"), r.getOffsetDateTime("new_eviction_at"),
                r.getString("answer_comment"));
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        List<T> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(map.apply(row));
        }
        return out;
    }
}
