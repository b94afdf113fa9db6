package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryPeriodTest {

    @ParameterizedTest(name = "served {0}: nominal {1}, last day {2}")
    @CsvSource({
        "2025-12-03, 2025-12-24, 2025-12-29", // julafton, juldagen, annandag jul, weekend
        "2025-12-10, 2025-12-31, 2026-01-02", // nyårsafton, nyårsdagen
        "2026-05-29, 2026-06-19, 2026-06-22", // midsommarafton, weekend
        "2026-03-13, 2026-04-03, 2026-04-07", // långfredagen, weekend, annandag påsk
    })
    void domainBriefVectors(LocalDate served, LocalDate nominal, LocalDate lastDay) {
        // served on the day, notice already with socialnämnden
        RecoveryPeriod period = RecoveryPeriod.compute(TenureKind.RENTAL, Optional.of(served), served.minusDays(2));
        assertThat(period.start()).isEqualTo(served);
        assertThat(period.nominalEnd()).isEqualTo(nominal);
        assertThat(period.lastDay()).isEqualTo(lastDay);
        assertThat(period.provisional()).isFalse();
        assertThat(period.wasMoved()).isTrue();
        assertThat(period.tenure()).isEqualTo(TenureKind.RENTAL);
        assertThat(period.legalBasis()).isEqualTo("Jordabalken 12 kap. 44 §");
    }

    @Test
    void countsFromReceiptWhenTheNoticeReachesSocialServicesAfterDelgivning() {
        RecoveryPeriod period = RecoveryPeriod.compute(
                TenureKind.RENTAL, Optional.of(LocalDate.of(2026, 1, 12)), LocalDate.of(2026, 1, 14));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(period.wasMoved()).isFalse();
        assertThat(period.provisional()).isFalse();
    }

    @Test
    void countsFromDelgivningWhenServedAfterReceipt() {
        RecoveryPeriod period = RecoveryPeriod.compute(
                TenureKind.RENTAL, Optional.of(LocalDate.of(2026, 1, 16)), LocalDate.of(2026, 1, 14));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(period.nominalEnd()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 2, 6));
    }

    @Test
    void sameDayForBoth() {
        LocalDate day = LocalDate.of(2026, 1, 14);
        RecoveryPeriod period = RecoveryPeriod.compute(TenureKind.RENTAL, Optional.of(day), day);
        assertThat(period.start()).isEqualTo(day);
        assertThat(period.provisional()).isFalse();
    }

    @Test
    void unknownDelgivningCountsFromReceiptAndIsProvisional() {
        LocalDate received = LocalDate.of(2025, 12, 3);
        RecoveryPeriod period = RecoveryPeriod.compute(TenureKind.RENTAL, Optional.empty(), received);
        assertThat(period.start()).isEqualTo(received);
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(period.provisional()).isTrue();
        // it is the earliest possible end: any real delgivning date gives the same or a later last day
        for (int offset = -30; offset <= 30; offset++) {
            RecoveryPeriod known = RecoveryPeriod.compute(
                    TenureKind.RENTAL, Optional.of(received.plusDays(offset)), received);
            assertThat(known.lastDay()).isAfterOrEqualTo(period.lastDay());
        }
    }

    @Test
    void tenureDecidesTheLength() {
        LocalDate day = LocalDate.of(2026, 1, 14);
        assertThat(RecoveryPeriod.compute(TenureKind.TENANT_OWNED_DWELLING, Optional.of(day), day).lastDay())
                .isEqualTo(LocalDate.of(2026, 2, 4));
        RecoveryPeriod premises = RecoveryPeriod.compute(TenureKind.TENANT_OWNED_PREMISES, Optional.of(day), day);
        assertThat(premises.lastDay()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(premises.legalBasis()).isEqualTo("Bostadsrättslagen 7 kap. 23 §");
    }

    @Test
    void hasExpiredAfterTheLastDayOnly() {
        RecoveryPeriod period = RecoveryPeriod.compute(
                TenureKind.RENTAL, Optional.of(LocalDate.of(2025, 12, 3)), LocalDate.of(2025, 12, 3));
        assertThat(period.hasExpired(LocalDate.of(2025, 12, 28))).isFalse();
        assertThat(period.hasExpired(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(period.hasExpired(LocalDate.of(2025, 12, 30))).isTrue();
        assertThatNullPointerException().isThrownBy(() -> period.hasExpired(null));
    }

    @Test
    void nullsAreRejectedWithClearMessages() {
        LocalDate day = LocalDate.of(2026, 1, 14);
        assertThatNullPointerException()
                .isThrownBy(() -> RecoveryPeriod.compute(null, Optional.of(day), day))
                .withMessageContaining("tenure");
        assertThatNullPointerException()
                .isThrownBy(() -> RecoveryPeriod.compute(TenureKind.RENTAL, null, day))
                .withMessageContaining("servedOnTenant");
        assertThatNullPointerException()
                .isThrownBy(() -> RecoveryPeriod.compute(TenureKind.RENTAL, Optional.of(day), null))
                .withMessageContaining("receivedBySocialServices");
    }

    @Test
    void theCanonicalConstructorRejectsInconsistentValues() {
        LocalDate start = LocalDate.of(2025, 12, 3);
        LocalDate nominal = LocalDate.of(2025, 12, 24);
        LocalDate last = LocalDate.of(2025, 12, 29);
        String basis = TenureKind.RENTAL.legalBasis();
        assertThat(new RecoveryPeriod(start, nominal, last, TenureKind.RENTAL, false, basis))
                .isEqualTo(RecoveryPeriod.compute(TenureKind.RENTAL, Optional.of(start), start));
        assertThatThrownBy(() -> new RecoveryPeriod(start, nominal, nominal, TenureKind.RENTAL, false, basis))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryPeriod(start, last, last, TenureKind.RENTAL, false, basis))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryPeriod(
                start, nominal, last, TenureKind.TENANT_OWNED_PREMISES, false, basis))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecoveryPeriod(start, nominal, last, TenureKind.RENTAL, false, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException()
                .isThrownBy(() -> new RecoveryPeriod(null, nominal, last, TenureKind.RENTAL, false, basis));
        assertThatNullPointerException()
                .isThrownBy(() -> new RecoveryPeriod(start, null, last, TenureKind.RENTAL, false, basis));
        assertThatNullPointerException()
                .isThrownBy(() -> new RecoveryPeriod(start, nominal, null, TenureKind.RENTAL, false, basis));
        assertThatNullPointerException()
                .isThrownBy(() -> new RecoveryPeriod(start, nominal, last, null, false, basis));
        assertThatNullPointerException()
                .isThrownBy(() -> new RecoveryPeriod(start, nominal, last, TenureKind.RENTAL, false, null));
    }
}
