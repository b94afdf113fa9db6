package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PaymentCommitmentTimingTest {

    static final LocalDate LAST = LocalDate.of(2025, 12, 29);

    @Test
    void warnsWithinADayAndFlagsLate() {
        assertThat(PaymentCommitmentTiming.of(LAST.minusDays(5), LAST)).isEqualTo(PaymentCommitmentTiming.ON_TIME);
        assertThat(PaymentCommitmentTiming.of(LAST.minusDays(2), LAST)).isEqualTo(PaymentCommitmentTiming.ON_TIME);
        assertThat(PaymentCommitmentTiming.of(LAST.minusDays(1), LAST)).isEqualTo(PaymentCommitmentTiming.PERIOD_ENDS_WITHIN_A_DAY);
        assertThat(PaymentCommitmentTiming.of(LAST, LAST)).isEqualTo(PaymentCommitmentTiming.PERIOD_ENDS_WITHIN_A_DAY);
        assertThat(PaymentCommitmentTiming.of(LAST.plusDays(1), LAST)).isEqualTo(PaymentCommitmentTiming.AFTER_PERIOD);
        assertThat(PaymentCommitmentTiming.of(LAST, null)).isEqualTo(PaymentCommitmentTiming.NO_RECOVERY_PERIOD);
        assertThatThrownBy(() -> PaymentCommitmentTiming.of(null, LAST)).isInstanceOf(NullPointerException.class);
    }
}
