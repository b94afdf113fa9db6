package se.bokvar.cases.app.casework;

import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;

/**
 * The frame of every caseworker command: one transaction, the case loaded and locked (404 when the caller may not
 * see it, 403 when the caller may not do this to it), and the outbox relay nudged after the commit.
 */
@ApplicationScoped
public class CaseTransactions {

    private final Mutiny.SessionFactory sessionFactory;
    private final CaseAnnouncements announcements;

    @Inject
    public CaseTransactions(Mutiny.SessionFactory sessionFactory, CaseAnnouncements announcements) {
        this.sessionFactory = sessionFactory;
        this.announcements = announcements;
    }

    /** Runs the work in a transaction and nudges the outbox relay after the commit. */
    public <T> Uni<T> run(Function<Mutiny.Session, Uni<T>> work) {
        return sessionFactory.withTransaction((session, tx) -> work.apply(session)).invoke(announcements::nudge);
    }

    /** Runs read-only work in a transaction (nothing to announce). */
    public <T> Uni<T> read(Function<Mutiny.Session, Uni<T>> work) {
        return sessionFactory.withTransaction((session, tx) -> work.apply(session));
    }

    /**
     * Loads and locks a case the caller may see (404 otherwise) and may act on as {@code allowed} says (403).
     */
    public static Uni<HouseholdCase> locked(Mutiny.Session session, Caller caller, UUID id,
            BiPredicate<Caller, HouseholdCase> allowed, String what) {
        return session.find(HouseholdCase.class, id, LockMode.PESSIMISTIC_WRITE).map(c -> permitted(c, caller, id, allowed, what));
    }

    /**
     * Loads, without a lock, a case the caller may see (404 otherwise) and may act on as {@code allowed} says (403):
     * the check before asking another service, which no lock may be held across.
     */
    static Uni<HouseholdCase> permitted(Mutiny.Session session, Caller caller, UUID id,
            BiPredicate<Caller, HouseholdCase> allowed, String what) {
        return session.find(HouseholdCase.class, id).map(c -> permitted(c, caller, id, allowed, what));
    }

    private static HouseholdCase permitted(HouseholdCase c, Caller caller, UUID id, BiPredicate<Caller, HouseholdCase> allowed,
            String what) {
        if (c == null || !CaseAccess.mayRead(caller, c)) {
            throw ProblemException.notFound("Case " + id);
        }
        if (!allowed.test(caller, c)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your unit may not " + what + " on this case.");
        }
        return c;
    }

    static void requireOpen(HouseholdCase c) {
        if (!c.isOpen()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "The case is closed; a new notice opens a new case.");
        }
    }
}
