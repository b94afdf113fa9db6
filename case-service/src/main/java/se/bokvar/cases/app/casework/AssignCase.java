package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.duty.ResponsibleCaseworkerNaming;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Assigns a case to the caller ("me") or a colleague of the case's adult unit; a reassignment after the responsible
 * caseworker was named to Kronofogden names the new one.
 */
@ApplicationScoped
public class AssignCase {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final Timeline timeline;
    private final CaseworkerDirectory directory;
    private final ResponsibleCaseworkerNaming responsible;

    @Inject
    public AssignCase(CaseTransactions transactions, Clock clock, Timeline timeline, CaseworkerDirectory directory,
            ResponsibleCaseworkerNaming responsible) {
        this.transactions = transactions;
        this.clock = clock;
        this.timeline = timeline;
        this.directory = directory;
        this.responsible = responsible;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, AssignmentRequest request) {
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "assign caseworkers")
                .flatMap(c -> {
                    CaseTransactions.requireOpen(c);
                    if (c.board == null) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                "The case is unrouted: a supervisor first moves it to a board (PUT /api/v1/cases/{id}/board).");
                    }
                    String target = "me".equalsIgnoreCase(request.caseworker()) ? caller.username() : request.caseworker();
                    boolean self = target.equals(caller.username()) && caller.hasRole(Roles.CASEWORKER)
                            && caller.isAdultUnit() && c.board.equals(caller.board());
                    if (!self && !directory.inAdultUnit(target, c.board)) {
                        throw ProblemException.validation("caseworker",
                                "is not a caseworker of the adult unit of this case's board");
                    }
                    if (target.equals(c.assignedTo)) {
                        return Uni.createFrom().voidItem();
                    }
                    String previous = c.assignedTo;
                    c.assignedTo = target;
                    c.assignedAt = OffsetDateTime.now(clock);
                    return timeline.add(session, c.id, "ASSIGNED", previous == null ? "Assigned to " + target
                            : "Reassigned from " + previous + " to " + target, caller.auditName(), target, null)
                            .flatMap(v -> session.flush())
                            .flatMap(v -> responsible.caseChanged(session, c));
                }));
    }
}
