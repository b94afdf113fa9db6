package se.bokvar.cases.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The SQL of the tasks other units have on a case ({@code case_task}). */
@ApplicationScoped
public class CaseTaskStore {

    /** The case's task of {@code kind}, or null. */
    public Uni<CaseTask> find(Mutiny.Session session, UUID caseId, CaseTask.Kind kind) {
        return session.createSelectionQuery("from CaseTask where caseId = :id and kind = :kind", CaseTask.class)
                .setParameter("id", caseId).setParameter("kind", kind).getSingleResultOrNull();
    }

    /** Moves the case's open tasks to {@code board} (the case was rerouted). */
    public Uni<Void> moveOpenTasks(Mutiny.Session session, UUID caseId, String board) {
        return session.createNativeQuery("update case_task set board = ?1 where case_id = ?2 and done_at is null")
                .setParameter(1, board).setParameter(2, caseId).executeUpdate().replaceWithVoid();
    }
}
