package se.bokvar.cases.app;

import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

/**
 * Who may see and work with a case (handbook: a case belongs to the unit covering the address).
 * <ul>
 * <li>a caseworker of the adult unit: the cases of their own board (read, steps, assignment, positions, closing);</li>
 * <li>a caseworker of the children-and-youth unit: the cases of their own board where children are affected (read,
 * and the steps they take part in);</li>
 * <li>a supervisor: every case of their board, and the unrouted queue; reassigns cases to caseworkers and boards;</li>
 * <li>nobody else (landlords, Kronofogden, auditors read no cases).</li>
 * </ul>
 * A case one may not see does not exist for them (404, never 403).
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Loads a case the caller may see, or fails with 404. */
    public static Uni<HouseholdCase> visible(Mutiny.Session session, Caller caller, UUID id) {
        return session.find(HouseholdCase.class, id).map(c -> {
            if (c == null || !mayRead(caller, c)) {
                throw ProblemException.notFound("Case " + id);
            }
            return c;
        });
    }

    public static boolean mayRead(Caller caller, HouseholdCase c) {
        if (caller.hasRole(Roles.SUPERVISOR)) {
            return c.board == null || c.board.equals(caller.board());
        }
        if (caller.hasRole(Roles.CASEWORKER) && c.board != null && c.board.equals(caller.board())) {
            return caller.isAdultUnit() || caller.isChildrenUnit() && c.childrenAffected();
        }
        return false;
    }

    /** Assign, record positions, change the lifecycle, close: the adult unit of the board and its supervisors. */
    public static boolean mayManage(Caller caller, HouseholdCase c) {
        if (caller.hasRole(Roles.SUPERVISOR)) {
            return mayRead(caller, c);
        }
        return caller.hasRole(Roles.CASEWORKER) && caller.isAdultUnit() && c.board != null && c.board.equals(caller.board());
    }

    /** Record checklist steps: everyone who may read the case (the children-and-youth unit records its part). */
    public static boolean mayRecordSteps(Caller caller, HouseholdCase c) {
        return mayRead(caller, c);
    }

    /** Move a case to another board (or out of the unrouted queue): supervisors of its board, or any for unrouted. */
    public static boolean mayReroute(Caller caller, HouseholdCase c) {
        return caller.hasRole(Roles.SUPERVISOR) && (c.board == null || c.board.equals(caller.board()));
    }
}
