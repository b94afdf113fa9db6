package se.bokvar.consent.app;

import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

/**
 * Who may read and change the consents of a case: the same people who may work with the case in case-service.
 * <ul>
 * <li>a caseworker of the adult unit of the case's board;</li>
 * <li>a caseworker of the children-and-youth unit of that board, when children are affected;</li>
 * <li>a supervisor of that board;</li>
 * <li>nobody else: other boards and units get 404, as if the case did not exist; landlords, Kronofogden and
 * auditors never reach the consent endpoints (403 by role).</li>
 * </ul>
 * A case consent-service has never heard of, and a case not (yet) routed to a board, has no consents anyone can
 * reach (fail closed; case-service shows unrouted cases to supervisors so they can route them, and once routed
 * the board's people reach its consents).
 */
public final class ConsentAccess {

    private ConsentAccess() {
    }

    public static boolean mayWorkWith(Caller caller, CaseAccessRow c) {
        if (c == null || c.board == null || !c.board.equals(caller.board())) {
            return false;
        }
        if (caller.hasRole(Roles.SUPERVISOR)) {
            return true;
        }
        if (caller.hasRole(Roles.CASEWORKER)) {
            return caller.isAdultUnit() || caller.isChildrenUnit() && c.childrenAffected;
        }
        return false;
    }
}
