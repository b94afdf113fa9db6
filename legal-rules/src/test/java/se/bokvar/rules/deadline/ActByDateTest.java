package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActByDateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 28);

    @Test
    void earliest() {
        assertThat(ActByDate.earliest(List.of(DAY))).isEqualTo(DAY);
        assertThat(ActByDate.earliest(List.of(DAY, DAY.minusDays(3), DAY.plusDays(2)))).isEqualTo(DAY.minusDays(3));
        assertThat(ActByDate.earliest(List.of(DAY.plusDays(2), DAY, DAY.minusDays(3)))).isEqualTo(DAY.minusDays(3));
        assertThat(ActByDate.earliest(List.of(DAY.minusDays(3), DAY.plusDays(2), DAY))).isEqualTo(DAY.minusDays(3));
        assertThatThrownBy(() -> ActByDate.earliest(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> ActByDate.earliest(null));
        assertThatNullPointerException().isThrownBy(() -> ActByDate.earliest(Arrays.asList(DAY, null)));
    }

    @Test
    void aCorrectionNeverMovesTheActByDateLater() {
        ActByDate first = ActByDate.first(DAY);
        assertThat(first.actBy()).isEqualTo(DAY);
        assertThat(first.latestComputed()).isEqualTo(DAY);
        assertThat(first.differs()).isFalse();

        ActByDate later = first.withRecomputed(DAY.plusDays(5));
        assertThat(later.actBy()).isEqualTo(DAY);
        assertThat(later.latestComputed()).isEqualTo(DAY.plusDays(5));
        assertThat(later.differs()).isTrue();

        ActByDate earlier = later.withRecomputed(DAY.minusDays(2));
        assertThat(earlier.actBy()).isEqualTo(DAY.minusDays(2));
        assertThat(earlier.latestComputed()).isEqualTo(DAY.minusDays(2));
        assertThat(earlier.differs()).isFalse();

        ActByDate backAgain = earlier.withRecomputed(DAY);
        assertThat(backAgain).isEqualTo(new ActByDate(DAY.minusDays(2), DAY));

        assertThat(first.withRecomputed(DAY)).isEqualTo(first);
    }

    @Test
    void invariants() {
        assertThatThrownBy(() -> new ActByDate(DAY.plusDays(1), DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> new ActByDate(null, DAY));
        assertThatNullPointerException().isThrownBy(() -> new ActByDate(DAY, null));
        assertThatNullPointerException().isThrownBy(() -> ActByDate.first(null));
        assertThatNullPointerException().isThrownBy(() -> ActByDate.first(DAY).withRecomputed(null));
    }
}
