package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void theLifecycleMovesForwardOneStageAtATimeAndMayCloseFromEveryOpenStage() {
        assertThat(Stage.OPENED.next()).containsExactlyInAnyOrder(Stage.PRE_ASSESSMENT, Stage.CLOSED);
        assertThat(Stage.PRE_ASSESSMENT.next()).containsExactlyInAnyOrder(Stage.INVESTIGATION, Stage.CLOSED);
        assertThat(Stage.INVESTIGATION.next()).containsExactlyInAnyOrder(Stage.SUPPORT, Stage.CLOSED);
        assertThat(Stage.SUPPORT.next()).containsExactlyInAnyOrder(Stage.FOLLOW_UP, Stage.CLOSED);
        assertThat(Stage.FOLLOW_UP.next()).containsExactly(Stage.CLOSED);
        assertThat(Stage.CLOSED.next()).isEmpty();
    }

    @Test
    void everyPairIsAllowedExactlyWhenListed() {
        for (Stage from : Stage.values()) {
            Set<Stage> allowed = from.next();
            for (Stage to : Stage.values()) {
                assertThat(from.mayMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
            }
        }
        assertThat(Stage.OPENED.mayMoveTo(Stage.INVESTIGATION)).isFalse();
        assertThat(Stage.CLOSED.mayMoveTo(Stage.OPENED)).isFalse();
        assertThat(Stage.INVESTIGATION.mayMoveTo(Stage.PRE_ASSESSMENT)).isFalse();
        assertThatThrownBy(() -> Stage.OPENED.mayMoveTo(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void openAndInvestigationFlags() {
        assertThat(EnumSet.allOf(Stage.class).stream().filter(Stage::isOpen)).doesNotContain(Stage.CLOSED).hasSize(5);
        assertThat(EnumSet.allOf(Stage.class).stream().filter(Stage::investigationOpened))
                .containsExactlyInAnyOrder(Stage.INVESTIGATION, Stage.SUPPORT, Stage.FOLLOW_UP);
    }
}
