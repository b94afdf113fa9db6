package se.bokvar.cases.store.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The inbox's SQL ({@code sql/inbox.sql}, served by the partial indexes of the migrations), run on the reactive
 * PostgreSQL client's connection the caller holds, so the page and the notices without a position are pipelined.
 */
@ApplicationScoped
public class InboxStore {

    private final InboxSql sql = InboxSql.fromClasspath();
    private final InboxSql.Positional awaiting = InboxSql.positional(sql.awaitingPosition(), "$");

    /** One case of an inbox page. */
    public record CaseRow(UUID id, String board, String status, OffsetDateTime openedAt, String street, String postalCode,
            String childrenKnown, String assignedTo, LocalDate actByDate, String escalation, String inboxDeadline,
            OffsetDateTime inboxDueAt, boolean hasBreachedDeadline, int noticesWithoutPosition, boolean urgent) {
    }

    /** A notice still without a recorded position. */
    public record AwaitingRow(UUID noticeId, UUID caseId, String kind, String source, OffsetDateTime receivedAt) {
    }

    /**
     * One page of the board's open cases, the most urgent first.
     *
     * @param filters the filter sections of {@code sql/inbox.sql} (e.g. {@code assigned-to-me}, {@code deadline-breached})
     * @param values  the values of the query's named parameters (board, limit, offset, type, me)
     */
    public Uni<List<CaseRow>> page(SqlConnection conn, List<String> filters, Map<String, Object> values) {
        InboxSql.Positional query = InboxSql.positional(sql.query(filters), "$");
        Tuple params = Tuple.tuple();
        query.names().forEach(name -> params.addValue(values.get(name)));
        return conn.preparedQuery(query.sql()).execute(params).map(rows -> {
            List<CaseRow> items = new ArrayList<>(rows.size());
            for (Row row : rows) {
                items.add(caseRow(row));
            }
            return items;
        });
    }

    /** The board's notices still without a position (at most 20, oldest cases first). */
    public Uni<List<AwaitingRow>> awaitingPosition(SqlConnection conn, String board) {
        Tuple params = Tuple.tuple();
        awaiting.names().forEach(name -> params.addValue("board".equals(name) ? board : 20));
        return conn.preparedQuery(awaiting.sql()).execute(params).map(rows -> {
            List<AwaitingRow> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new AwaitingRow(r.getUUID("id"), r.getUUID("case_id"), r.getString("kind"), r.getString("source"),
                        r.getOffsetDateTime("received_at")));
            }
            return out;
        });
    }

    static CaseRow caseRow(Row r) {
        Integer waiting = r.getInteger("notices_without_position");
        return new CaseRow(r.getUUID("id"), r.getString("board"), r.getString("status"), r.getOffsetDateTime("opened_at"),
                r.getString("street"), r.getString("postal_code"), r.getString("children_known"),
                r.getString("assigned_to"), r.getLocalDate("act_by_date"), r.getString("escalation"),
                r.getString("inbox_deadline"), r.getOffsetDateTime("inbox_due_at"),
                Boolean.TRUE.equals(r.getBoolean("has_breached_deadline")), waiting == null ? 0 : waiting,
                Boolean.TRUE.equals(r.getBoolean("urgent")));
    }
}
