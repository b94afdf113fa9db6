package se.bokvar.kronofogden.store;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** Postponement requests and their answers. Every method runs in the caller's session. */
@ApplicationScoped
public class PostponementRequestRepository {

    /** The request, or null. */
    public Uni<PostponementRequest> find(Mutiny.Session session, UUID id) {
        return session.find(PostponementRequest.class, id);
    }

    /** The request, locked for update until the transaction ends, or null. */
    public Uni<PostponementRequest> findForUpdate(Mutiny.Session session, UUID id) {
        return session.find(PostponementRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    }
}
