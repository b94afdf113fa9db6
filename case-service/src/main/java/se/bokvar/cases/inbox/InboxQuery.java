package se.bokvar.cases.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.cases.rest.CaseSummary;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

/**
 * The caseworker's inbox: the open cases of the caller's unit (the children-and-youth unit: those of the board with
 * children affected), the most urgent open deadline first, with filters; and the notices still without a recorded
 * position. The listing is audited: one record naming every case shown, written before the answer is returned.
 *
 * <p>The hot path of the caseworkers' day, so it runs on the reactive PostgreSQL client directly (two pipelined
 * queries, then the audit insert, on one connection), with the SQL of {@code sql/inbox.sql} served by the partial
 * indexes of the migrations; {@code ./bokvar bench inbox} measures it with a million cases.
 */
@ApplicationScoped
public class InboxQuery {

    /** The inbox filters. */
    public record Filters(String type, String deadlineState, Boolean children, String assigned, int limit, int offset) {
    }

    private final Pool pool;
    private final AuditLog audit;
    private final InboxSql sql = InboxSql.fromClasspath();
    private final InboxSql.Positional awaiting;

    @Inject
    public InboxQuery(Pool pool, AuditLog audit) {
        this.pool = pool;
        this.audit = audit;
        this.awaiting = InboxSql.positional(sql.awaitingPosition(), "$");
    }

    /** The filter sections of {@code sql/inbox.sql} a request uses. */
    static List<String> filterNames(Caller caller, Filters f) {
        List<String> names = new ArrayList<>();
        if (f.type() != null) {
            names.add("type");
        }
        if (childrenUnit(caller) || Boolean.TRUE.equals(f.children())) {
            names.add("children");
        } else if (Boolean.FALSE.equals(f.children())) {
            names.add("no-children");
        }
        if ("me".equals(f.assigned())) {
            names.add("assigned-to-me");
        } else if ("unassigned".equals(f.assigned())) {
            names.add("unassigned");
        }
        if (f.deadlineState() != null) {
            names.add("deadline-" + f.deadlineState().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static boolean childrenUnit(Caller caller) {
        return caller.isChildrenUnit() && !caller.hasRole(Roles.SUPERVISOR);
    }

    public Uni<InboxView> inbox(Caller caller, Filters f) {
        String board = caller.boardId().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Your token names no board: the inbox is per board and unit."));
        if (childrenUnit(caller) && Boolean.FALSE.equals(f.children())) {
            throw ProblemException.validation("children", "the children-and-youth unit's inbox holds cases with children only");
        }
        InboxSql.Positional query = InboxSql.positional(sql.query(filterNames(caller, f)), "$");
        Map<String, Object> values = Map.of("board", board, "limit", f.limit(), "offset", f.offset(),
                "type", f.type() == null ? "" : f.type(), "me", caller.username() == null ? "" : caller.username());
        Tuple params = Tuple.tuple();
        query.names().forEach(name -> params.addValue(values.get(name)));
        boolean withPositions = !childrenUnit(caller) && f.offset() == 0;
        // One connection, no explicit transaction: the page and the notices without a position are sent together
        // (pipelined), then the audit record; the answer is returned only once the record is written (if it cannot
        // be written, the caller gets an error and sees nothing). Three statements, two round trips.
        return pool.withConnection(conn -> {
            Uni<List<CaseSummary>> page = conn.preparedQuery(query.sql()).execute(params).map(rows -> {
                List<CaseSummary> items = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    items.add(summary(row));
                }
                return items;
            });
            Uni<List<InboxView.AwaitingPosition>> positions = withPositions ? awaiting(conn, board)
                    : Uni.createFrom().item(List.<InboxView.AwaitingPosition>of());
            return Uni.combine().all().unis(page, positions).asTuple().flatMap(both -> {
                List<CaseSummary> items = both.getItem1();
                List<InboxView.AwaitingPosition> waiting = both.getItem2();
                List<String> shown = new ArrayList<>(items.size() + waiting.size());
                items.forEach(i -> shown.add(i.id().toString()));
                for (InboxView.AwaitingPosition a : waiting) {
                    String id = a.caseId().toString();
                    if (!shown.contains(id)) {
                        shown.add(id);
                    }
                }
                return audit.record(conn, caller, "inbox.list", "case", shown, null)
                        .replaceWith(new InboxView(board, childrenUnit(caller) ? "children" : "adult", f.limit(),
                                f.offset(), items, waiting));
            });
        });
    }

    private Uni<List<InboxView.AwaitingPosition>> awaiting(SqlConnection conn, String board) {
        Tuple params = Tuple.tuple();
        awaiting.names().forEach(name -> params.addValue("board".equals(name) ? board : 20));
        return conn.preparedQuery(awaiting.sql()).execute(params).map(rows -> {
            List<InboxView.AwaitingPosition> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new InboxView.AwaitingPosition(r.getUUID("id"), r.getUUID("case_id"), r.getString("kind"),
                        r.getString("source"), r.getOffsetDateTime("received_at")));
            }
            return out;
        });
    }

    static CaseSummary summary(Row r) {
        Integer waiting = r.getInteger("notices_without_position");
        return new CaseSummary(r.getUUID("id"), r.getString("board"), r.getString("status"),
                r.getOffsetDateTime("opened_at"), r.getString("street"), r.getString("postal_code"),
                r.getString("children_known"), r.getString("assigned_to"), r.getLocalDate("act_by_date"),
                r.getString("escalation"), r.getString("inbox_deadline"), r.getOffsetDateTime("inbox_due_at"),
                Boolean.TRUE.equals(r.getBoolean("has_breached_deadline")), waiting == null ? 0 : waiting,
                Boolean.TRUE.equals(r.getBoolean("urgent")));
    }
}
