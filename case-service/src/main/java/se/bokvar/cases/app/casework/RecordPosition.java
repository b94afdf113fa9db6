package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Stage;

/** Records the position on a notice (ställningstagande); OPEN_PRE_ASSESSMENT moves an opened case into the pre-assessment. */
@ApplicationScoped
public class RecordPosition {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final Timeline timeline;
    private final CaseLifecycle lifecycle;
    private final DeadlineService deadlines;

    @Inject
    public RecordPosition(CaseTransactions transactions, Clock clock, Timeline timeline, CaseLifecycle lifecycle,
            DeadlineService deadlines) {
        this.transactions = transactions;
        this.clock = clock;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
    }

    public Uni<Void> handle(Caller caller, UUID caseId, UUID noticeId, PositionRequest request) {
        if (request.decision() == PositionRequest.Decision.NO_ACTION
                && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.validation("reason", "is required when the position is NO_ACTION: say why");
        }
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "record positions")
                .flatMap(c -> session.find(CaseNotice.class, noticeId).flatMap(n -> {
                    if (n == null || !n.caseId.equals(c.id)) {
                        throw ProblemException.notFound("Notice " + noticeId + " on case " + caseId);
                    }
                    CaseTransactions.requireOpen(c);
                    boolean first = n.position == null;
                    n.position = request.decision().name();
                    n.positionReason = request.reason();
                    n.positionBy = caller.auditName();
                    n.positionAt = OffsetDateTime.now(clock);
                    if (first) {
                        c.noticesWithoutPosition = Math.max(0, c.noticesWithoutPosition - 1);
                    }
                    Uni<Void> chain = timeline.add(session, c.id, "POSITION_RECORDED",
                            (first ? "Position recorded: " : "Position changed: ") + request.decision()
                                    + (request.reason() == null ? "" : " (" + request.reason() + ")"),
                            caller.auditName(), n.id.toString(), null);
                    if (request.decision() == PositionRequest.Decision.OPEN_PRE_ASSESSMENT && c.status == Stage.OPENED) {
                        chain = chain.flatMap(v -> lifecycle.moveTo(session, c, Stage.PRE_ASSESSMENT, caller,
                                "Pre-assessment (förhandsbedömning) opened"));
                    }
                    return chain.flatMap(v -> deadlines.refresh(session, c));
                })));
    }
}
