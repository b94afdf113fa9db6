package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseTask;
import se.bokvar.cases.store.CaseTaskStore;
import se.bokvar.cases.store.CaseUnit;
import se.bokvar.cases.store.HouseholdCase;

/**
 * Children live in or visit the household: the children-and-youth unit of the same board gets a task (once). The
 * caller flags the case and announces the access change (ACCESS_CHANGED) first.
 */
@ApplicationScoped
public class ChildrenInvolvement {

    private final CaseTaskStore tasks;
    private final Clock clock;
    private final Timeline timeline;

    @Inject
    public ChildrenInvolvement(CaseTaskStore tasks, Clock clock, Timeline timeline) {
        this.tasks = tasks;
        this.clock = clock;
        this.timeline = timeline;
    }

    public Uni<Void> childrenAffected(Mutiny.Session session, HouseholdCase c, String why) {
        return tasks.find(session, c.id, CaseTask.Kind.CHILDREN_INVOLVEMENT).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            CaseTask t = task(c);
            return session.persist(t).flatMap(v -> timeline.add(session, c.id, "CHILDREN_AFFECTED", summary(why), null,
                    t.id.toString(), null));
        });
    }

    /** The children-and-youth unit's task for a case (not stored). */
    CaseTask task(HouseholdCase c) {
        CaseTask t = new CaseTask();
        t.id = UUID.randomUUID();
        t.caseId = c.id;
        t.board = c.board;
        t.unit = CaseUnit.CHILDREN;
        t.kind = CaseTask.Kind.CHILDREN_INVOLVEMENT;
        t.createdAt = OffsetDateTime.now(clock);
        return t;
    }

    /** The timeline's summary when children became affected. */
    static String summary(String why) {
        return "Children affected (" + why + "): a task for the children-and-youth unit";
    }
}
