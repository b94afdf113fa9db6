package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.PreAssessmentExtension;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.deadline.DeadlineEngine;

/** Extends the pre-assessment's limit for a recorded special reason (a guideline: never required, never a block). */
@ApplicationScoped
public class ExtendPreAssessment {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final Timeline timeline;
    private final DeadlineService deadlines;

    @Inject
    public ExtendPreAssessment(CaseTransactions transactions, Clock clock, Timeline timeline, DeadlineService deadlines) {
        this.transactions = transactions;
        this.clock = clock;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, ExtensionRequest request) {
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "extend the pre-assessment")
                .flatMap(c -> {
                    if (c.status != Stage.OPENED && c.status != Stage.PRE_ASSESSMENT) {
                        throw new ProblemException(ProblemType.INVALID_TRANSITION,
                                "The pre-assessment has ended (the case is in " + c.status + ").");
                    }
                    return deadlines.current(session, c).flatMap(ds -> {
                        LocalDate limit = ds.stream()
                                .filter(d -> d.kind() == DeadlineEngine.Kind.PRE_ASSESSMENT)
                                .findFirst().orElseThrow().dueOn();
                        if (!request.newLimit().isAfter(limit)) {
                            throw ProblemException.validation("newLimit", "must be after the current limit " + limit);
                        }
                        PreAssessmentExtension e = new PreAssessmentExtension();
                        e.id = UUID.randomUUID();
                        e.caseId = c.id;
                        e.newLimit = request.newLimit();
                        e.reason = request.reason();
                        e.recordedBy = caller.auditName();
                        e.recordedAt = OffsetDateTime.now(clock);
                        return session.persist(e)
                                .flatMap(v -> timeline.add(session, c.id, "PRE_ASSESSMENT_EXTENDED", "Pre-assessment limit extended to "
                                        + request.newLimit() + ": " + request.reason(), caller.auditName(), null, null))
                                .flatMap(v -> deadlines.refresh(session, c));
                    });
                }));
    }
}
