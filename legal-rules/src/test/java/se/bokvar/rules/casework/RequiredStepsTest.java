package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.RequiredSteps.Kind;
import se.bokvar.rules.casework.RequiredSteps.Requirement;

class RequiredStepsTest {

    @Test
    void childrenRequireTheConversationWithTheParents() {
        assertThat(RequiredSteps.required(true, List.of()))
                .containsExactly(new Requirement(Kind.CHILDREN_CONVERSATION, RequiredSteps.CASE));
        assertThat(RequiredSteps.required(false, List.of())).isEmpty();
    }

    @Test
    void everyEvictionRequiresAttendanceAndWithChildrenTheChildrenUnitsToo() {
        assertThat(RequiredSteps.required(false, List.of("KFM-1", "KFM-2"))).containsExactly(
                new Requirement(Kind.EVICTION_ATTENDANCE, "KFM-1"), new Requirement(Kind.EVICTION_ATTENDANCE, "KFM-2"));
        assertThat(RequiredSteps.required(true, List.of("KFM-1"))).containsExactly(
                new Requirement(Kind.CHILDREN_CONVERSATION, "case"),
                new Requirement(Kind.EVICTION_ATTENDANCE, "KFM-1"),
                new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, "KFM-1"));
    }

    @Test
    void attendanceOrAnAgreementWithKronofogdenSatisfiesTheRequirements() {
        assertThat(RequiredSteps.satisfiedByAttendance("K", true, false, false))
                .containsExactly(new Requirement(Kind.EVICTION_ATTENDANCE, "K"));
        assertThat(RequiredSteps.satisfiedByAttendance("K", true, true, false)).containsExactly(
                new Requirement(Kind.EVICTION_ATTENDANCE, "K"), new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, "K"));
        assertThat(RequiredSteps.satisfiedByAttendance("K", false, false, true)).containsExactly(
                new Requirement(Kind.EVICTION_ATTENDANCE, "K"), new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, "K"));
        assertThat(RequiredSteps.satisfiedByAttendance("K", false, true, false))
                .containsExactly(new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, "K"));
        assertThat(RequiredSteps.satisfiedByAttendance("K", false, false, false)).isEmpty();
    }

    @Test
    void outstandingKeepsTheOrder() {
        List<Requirement> required = RequiredSteps.required(true, List.of("K"));
        assertThat(RequiredSteps.outstanding(required, Set.of(new Requirement(Kind.EVICTION_ATTENDANCE, "K"))))
                .containsExactly(new Requirement(Kind.CHILDREN_CONVERSATION, "case"),
                        new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, "K"));
        assertThat(RequiredSteps.outstanding(required, Set.copyOf(required))).isEmpty();
        assertThatThrownBy(() -> RequiredSteps.outstanding(null, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RequiredSteps.outstanding(required, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RequiredSteps.required(true, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RequiredSteps.satisfiedByAttendance(null, true, true, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Requirement(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Requirement(Kind.EVICTION_ATTENDANCE, null)).isInstanceOf(NullPointerException.class);
    }
}
