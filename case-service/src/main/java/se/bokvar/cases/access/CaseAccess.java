package se.bokvar.cases.access;

import se.bokvar.cases.HouseholdCase;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

/**
 * Who may see a case (handbook: a case belongs to the unit covering the address).
 * <ul>
 * <li>a caseworker of the adult unit: the cases of their own board;</li>
 * <li>a caseworker of the children-and-youth unit: the cases of their own board where children are affected;</li>
 * <li>a supervisor: every case of their board, and the unrouted queue;</li>
 * <li>nobody else (landlords, Kronofogden, auditors read no cases).</li>
 * </ul>
 * A case one may not see does not exist for them (404, never 403).
 */
public final class CaseAccess {

    private CaseAccess() {
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
}
