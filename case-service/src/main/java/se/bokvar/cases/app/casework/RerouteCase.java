package se.bokvar.cases.app.casework;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Routing;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.app.duty.ResponsibleCaseworkerNaming;
import se.bokvar.cases.store.CaseTaskStore;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;

/** A supervisor moves a case to another board: its caseworker is released, the new board's unit takes over. */
@ApplicationScoped
public class RerouteCase {

    private final CaseTransactions transactions;
    private final Routing routing;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final ResponsibleCaseworkerNaming responsible;
    private final DeadlineService deadlines;
    private final CaseTaskStore tasks;

    @Inject
    public RerouteCase(CaseTransactions transactions, Routing routing, Timeline timeline, CaseAnnouncements announcements,
            ResponsibleCaseworkerNaming responsible, DeadlineService deadlines, CaseTaskStore tasks) {
        this.transactions = transactions;
        this.routing = routing;
        this.timeline = timeline;
        this.announcements = announcements;
        this.responsible = responsible;
        this.deadlines = deadlines;
        this.tasks = tasks;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, BoardRequest request) {
        if (!routing.table().boards().contains(request.board())) {
            throw ProblemException.validation("board", "is not a board of the routing table: " + routing.table().boards());
        }
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayReroute,
                "move cases between boards")
                .flatMap(c -> {
                    CaseTransactions.requireOpen(c);
                    if (request.board().equals(c.board)) {
                        throw new ProblemException(ProblemType.CONFLICT, "The case already belongs to " + request.board() + ".");
                    }
                    String from = c.board;
                    c.board = request.board();
                    c.assignedTo = null;
                    c.assignedAt = null;
                    return tasks.moveOpenTasks(session, c.id, c.board)
                            .flatMap(v -> timeline.add(session, c.id, "ROUTED", (from == null ? "Moved out of the unrouted queue to "
                                    : "Moved from " + from + " to ") + c.board + ": " + request.reason(), caller.auditName(),
                                    c.board, null))
                            .flatMap(v -> session.flush())
                            .flatMap(v -> announcements.accessChanged(session, c))
                            .flatMap(v -> responsible.caseChanged(session, c))
                            .flatMap(v -> deadlines.refresh(session, c));
                }));
    }
}
