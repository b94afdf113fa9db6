package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseTask;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

/** The children-and-youth unit marks its task on a case done. */
@ApplicationScoped
public class CompleteTask {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final Timeline timeline;

    @Inject
    public CompleteTask(CaseTransactions transactions, Clock clock, Timeline timeline) {
        this.transactions = transactions;
        this.clock = clock;
        this.timeline = timeline;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, UUID taskId) {
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayRecordSteps,
                "complete tasks")
                .flatMap(c -> session.find(CaseTask.class, taskId).flatMap(t -> {
                    if (t == null || !t.caseId.equals(c.id)) {
                        throw ProblemException.notFound("Task " + taskId + " of case " + caseId);
                    }
                    if (!caller.hasRole(Roles.SUPERVISOR) && !t.unit.value().equals(caller.unitType())) {
                        throw new ProblemException(ProblemType.FORBIDDEN, "The task belongs to the " + t.unit.value() + " unit.");
                    }
                    if (t.doneAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    t.doneAt = OffsetDateTime.now(clock);
                    t.doneBy = caller.auditName();
                    return timeline.add(session, c.id, "TASK_DONE", "The " + t.unit.value() + " unit completed its task " + t.kind,
                            caller.auditName(), t.id.toString(), null);
                })));
    }
}
