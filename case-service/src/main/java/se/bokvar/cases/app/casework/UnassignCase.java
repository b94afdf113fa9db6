package se.bokvar.cases.app.casework;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.duty.ResponsibleCaseworkerNaming;
import se.bokvar.platform.security.Caller;

/** Takes a case off its caseworker (back to the unit's unassigned cases). */
@ApplicationScoped
public class UnassignCase {

    private final CaseTransactions transactions;
    private final Timeline timeline;
    private final ResponsibleCaseworkerNaming responsible;

    @Inject
    public UnassignCase(CaseTransactions transactions, Timeline timeline, ResponsibleCaseworkerNaming responsible) {
        this.transactions = transactions;
        this.timeline = timeline;
        this.responsible = responsible;
    }

    public Uni<Void> handle(Caller caller, UUID caseId) {
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "assign caseworkers")
                .flatMap(c -> {
                    CaseTransactions.requireOpen(c);
                    if (c.assignedTo == null) {
                        return Uni.createFrom().voidItem();
                    }
                    String previous = c.assignedTo;
                    c.assignedTo = null;
                    c.assignedAt = null;
                    return timeline.add(session, c.id, "UNASSIGNED", previous + " no longer assigned", caller.auditName(),
                            null, null).flatMap(v -> session.flush()).flatMap(v -> responsible.caseChanged(session, c));
                }));
    }
}
