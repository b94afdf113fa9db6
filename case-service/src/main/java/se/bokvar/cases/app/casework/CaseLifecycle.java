package se.bokvar.cases.app.casework;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Stage;

/** Moves a case along its lifecycle (legal-rules {@link Stage}) and puts the move on its timeline. */
@ApplicationScoped
public class CaseLifecycle {

    private final Timeline timeline;

    @Inject
    public CaseLifecycle(Timeline timeline) {
        this.timeline = timeline;
    }

    /** Moves the case to {@code target}; 409 when the stage may not move there. */
    public Uni<Void> moveTo(Mutiny.Session session, HouseholdCase c, Stage target, Caller caller, String summary) {
        if (!c.status.mayMoveTo(target)) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    "A case in " + c.status + " cannot move to " + target + "; allowed: " + c.status.next());
        }
        Stage from = c.status;
        c.status = target;
        return timeline.add(session, c.id, "STATUS_CHANGED", summary + " (" + from + " → " + target + ")",
                caller == null ? null : caller.auditName(), null, Map.of("from", from.name(), "to", target.name()));
    }
}
