package se.bokvar.kronofogden.app.eviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.bokvar.kronofogden.store.EvictionState;
import se.bokvar.platform.problem.ProblemException;

/** What the eviction intake decides: the eviction date's window, the date per update kind, the state after it. */
class EvictionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void anEvictionDateLiesInTheFutureAndAtMost400DaysAhead() {
        assertThatThrownBy(() -> EvictionDateCheck.requireFuture("evictionAt", NOW, NOW)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> EvictionDateCheck.requireFuture("evictionAt", NOW.minusSeconds(1), NOW))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> EvictionDateCheck.requireFuture("evictionAt", NOW.plusSeconds(1), NOW)).doesNotThrowAnyException();
        assertThatCode(() -> EvictionDateCheck.requireFuture("evictionAt", NOW.plus(Duration.ofDays(400)), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EvictionDateCheck.requireFuture("evictionAt", NOW.plus(Duration.ofDays(400)).plusSeconds(1), NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .anySatisfy(error -> assertThat(error.message()).contains("400 days")));
    }

    @Test
    void newDateAndPostponedCarryADateTheOthersMustNot() {
        Instant at = NOW.plus(Duration.ofDays(10));
        assertThatCode(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.NEW_DATE, at)).doesNotThrowAnyException();
        assertThatCode(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.POSTPONED, at)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.NEW_DATE, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.CANCELLED, at))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.CARRIED_OUT, at))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> ReceiveEvictionUpdate.requireDateAsTheKindSays(UpdateKind.CARRIED_OUT, null))
                .doesNotThrowAnyException();
    }

    @Test
    void anUpdateLeavesTheCaseInItsResultingState() {
        assertThat(UpdateKind.NEW_DATE.resultingState()).isEqualTo(EvictionState.ACTIVE);
        assertThat(UpdateKind.POSTPONED.resultingState()).isEqualTo(EvictionState.POSTPONED);
        assertThat(UpdateKind.CANCELLED.resultingState().isOpen()).isFalse();
        assertThat(UpdateKind.CARRIED_OUT.resultingState().isOpen()).isFalse();
    }
}
