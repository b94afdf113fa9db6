package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineStateTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 28);

    @Test
    void notDone() {
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.empty(), LAST_DAY.minusDays(1)))
                .isEqualTo(DeadlineState.PENDING);
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.empty(), LAST_DAY)).isEqualTo(DeadlineState.PENDING);
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.empty(), LAST_DAY.plusDays(1)))
                .isEqualTo(DeadlineState.BREACHED);
    }

    @Test
    void done() {
        LocalDate later = LAST_DAY.plusDays(10);
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.of(LAST_DAY), later)).isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.of(LAST_DAY.minusDays(5)), later))
                .isEqualTo(DeadlineState.MET);
        assertThat(DeadlineState.evaluate(LAST_DAY, Optional.of(LAST_DAY.plusDays(1)), later))
                .isEqualTo(DeadlineState.BREACHED);
    }

    @Test
    void nulls() {
        assertThatNullPointerException().isThrownBy(() -> DeadlineState.evaluate(null, Optional.empty(), LAST_DAY));
        assertThatNullPointerException().isThrownBy(() -> DeadlineState.evaluate(LAST_DAY, null, LAST_DAY));
        assertThatNullPointerException().isThrownBy(() -> DeadlineState.evaluate(LAST_DAY, Optional.empty(), null));
        assertThat(DeadlineState.values()).containsExactly(
                DeadlineState.PENDING, DeadlineState.MET, DeadlineState.BREACHED, DeadlineState.NOT_APPLICABLE);
    }
}
