package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Checklist;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.casework.Violation;

/**
 * Closes a case with its outcome. Refused (409) while a required step is outstanding (the conversation with the
 * parents when children are affected; attendance at every eviction not cancelled, with the children-and-youth unit
 * when children are affected) — each can be recorded as not possible with its reason.
 */
@ApplicationScoped
public class CloseCase {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final Checklist checklist;
    private final CaseLifecycle lifecycle;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;

    @Inject
    public CloseCase(CaseTransactions transactions, Clock clock, Checklist checklist, CaseLifecycle lifecycle,
            CaseAnnouncements announcements, DeadlineService deadlines) {
        this.transactions = transactions;
        this.clock = clock;
        this.checklist = checklist;
        this.lifecycle = lifecycle;
        this.announcements = announcements;
        this.deadlines = deadlines;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, ClosingRequest request) {
        List<Violation> invalid = request.outcome().validate(request.avertedBy(), request.note());
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, invalid.size() + " field(s) are invalid",
                    invalid.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "close cases").flatMap(c -> {
                    if (!c.status.mayMoveTo(Stage.CLOSED)) {
                        throw new ProblemException(ProblemType.INVALID_TRANSITION, "The case is already closed.");
                    }
                    return checklist.outstanding(session, c).flatMap(outstanding -> {
                        if (!outstanding.isEmpty()) {
                            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                                    "Required steps are outstanding: " + outstanding.stream()
                                            .map(r -> r.kind() + (r.ref().equals("case") ? "" : " (" + r.ref() + ")"))
                                            .toList(),
                                    outstanding.stream().map(r -> new Problem.FieldError("requiredSteps",
                                            r.kind() + " " + r.ref() + " is not recorded")).toList());
                        }
                        c.closedAt = OffsetDateTime.now(clock);
                        c.outcome = request.outcome();
                        c.outcomeDetail = request.avertedBy();
                        c.outcomeNote = request.note();
                        return lifecycle.moveTo(session, c, Stage.CLOSED, caller, "Case closed: " + request.outcome()
                                + (request.avertedBy() == null ? "" : " (" + request.avertedBy() + ")"))
                                .flatMap(v -> session.flush())
                                .flatMap(v -> announcements.accessChanged(session, c))
                                .flatMap(v -> deadlines.refresh(session, c));
                    });
                }));
    }
}
