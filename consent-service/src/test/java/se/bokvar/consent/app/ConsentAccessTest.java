package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;

class ConsentAccessTest {

    private static Caller caller(String role, String board, String unit) {
        return new Caller("sub", "user", null, Set.of(role), null, board, unit);
    }

    private static CaseAccessRow nordost(boolean children) {
        CaseAccessRow c = new CaseAccessRow();
        c.caseId = UUID.randomUUID();
        c.board = "nordost";
        c.childrenAffected = children;
        c.status = "OPEN";
        c.personKeys = "[]";
        return c;
    }

    @Test
    void theBoardsAdultUnitAndSupervisorsWorkWithItsCases() {
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.CASEWORKER, "nordost", "adult"), nordost(false))).isTrue();
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.SUPERVISOR, "nordost", null), nordost(false))).isTrue();
    }

    @Test
    void theChildrenUnitOnlyWhenChildrenAreAffected() {
        Caller cecilia = caller(Roles.CASEWORKER, "nordost", "children");
        assertThat(ConsentAccess.mayWorkWith(cecilia, nordost(true))).isTrue();
        assertThat(ConsentAccess.mayWorkWith(cecilia, nordost(false))).isFalse();
    }

    @Test
    void otherBoardsOtherRolesUnroutedAndUnknownCasesAreClosed() {
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.CASEWORKER, "hisingen", "adult"), nordost(false))).isFalse();
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.SUPERVISOR, "hisingen", null), nordost(false))).isFalse();
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.AUDITOR, "nordost", null), nordost(false))).isFalse();
        CaseAccessRow unrouted = nordost(false);
        unrouted.board = null;
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.SUPERVISOR, "nordost", null), unrouted)).isFalse();
        assertThat(ConsentAccess.mayWorkWith(caller(Roles.SUPERVISOR, "nordost", null), null)).isFalse();
    }
}
