package se.bokvar.cases.app.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import se.bokvar.cases.app.CaseSummary;
import se.bokvar.cases.store.inbox.InboxStore;
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
    private final InboxStore store;

    @Inject
    public InboxQuery(Pool pool, AuditLog audit, InboxStore store) {
        this.pool = pool;
        this.audit = audit;
        this.store = store;
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
        Map<String, Object> values = Map.of("board", board, "limit", f.limit(), "offset", f.offset(),
                "type", f.type() == null ? "" : f.type(), "me", caller.username() == null ? "" : caller.username());
        boolean withPositions = !childrenUnit(caller) && f.offset() == 0;
        // One connection, no explicit transaction: the page and the notices without a position are sent together
        // (pipelined), then the audit record; the answer is returned only once the record is written (if it cannot
        // be written, the caller gets an error and sees nothing). Three statements, two round trips.
        return pool.withConnection(conn -> {
            Uni<List<CaseSummary>> page = store.page(conn, filterNames(caller, f), values)
                    .map(rows -> rows.stream().map(InboxQuery::summary).toList());
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
        return store.awaitingPosition(conn, board).map(rows -> rows.stream().map(r -> new InboxView.AwaitingPosition(
                r.noticeId(), r.caseId(), r.kind(), r.source(), r.receivedAt())).toList());
    }

    static CaseSummary summary(InboxStore.CaseRow r) {
        return new CaseSummary(r.id(), r.board(), r.status(), r.openedAt(), r.street(), r.postalCode(), r.childrenKnown(),
                r.assignedTo(), r.actByDate(), r.escalation(), r.inboxDeadline(), r.inboxDueAt(), r.hasBreachedDeadline(),
                r.noticesWithoutPosition(), r.urgent());
    }
}
