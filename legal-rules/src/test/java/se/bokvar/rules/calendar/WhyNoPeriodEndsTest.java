package se.bokvar.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.deadline.TenureKind;

/** The reasons in Swedish why a statutory period cannot end on a day (lag 1930:173, 2 §). */
class WhyNoPeriodEndsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "2026-12-26; lördag|annandag jul",
            "2026-12-25; juldagen",
            "2026-12-24; julafton",
            "2026-12-27; söndag",
            "2026-12-31; nyårsafton",
            "2027-01-01; nyårsdagen",
            "2026-06-19; midsommarafton",
            "2026-06-20; lördag|midsommardagen",
            "2026-04-05; söndag|påskdagen",
            "2026-04-03; långfredagen",
            "2026-05-14; Kristi himmelsfärdsdag",
            "2026-10-31; lördag|alla helgons dag",
            "2027-06-06; söndag|Sveriges nationaldag",
            "2026-12-28; ",
            "2026-12-23; "})
    void namesEveryReasonInOrder(LocalDate day, String reasons) {
        assertThat(SwedishCalendar.whyNoPeriodEndsOn(day))
                .containsExactly(reasons == null ? new String[0] : reasons.split("\\|"));
    }

    @Test
    void thereIsAReasonExactlyWhenThePeriodCannotEndThere() {
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            assertThat(SwedishCalendar.whyNoPeriodEndsOn(day).isEmpty()).as("%s", day)
                    .isEqualTo(!SwedishCalendar.extendsDeadline(day));
        }
    }

    @Test
    void aRecoveryPeriodMovedFromBoxingDaySaysWhy() {
        // served Saturday 5 December 2026: three weeks end on Saturday 26 December (annandag jul), then Sunday 27
        RecoveryPeriod p = RecoveryPeriod.compute(TenureKind.RENTAL, Optional.of(LocalDate.of(2026, 12, 5)),
                LocalDate.of(2026, 12, 5));
        assertThat(p.nominalEnd()).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(p.movedBecause()).containsExactly("lördag", "annandag jul");
    }

    @Test
    void aPeriodThatWasNotMovedHasNoReason() {
        RecoveryPeriod p = RecoveryPeriod.compute(TenureKind.RENTAL, Optional.empty(), LocalDate.of(2026, 11, 2));
        assertThat(p.wasMoved()).isFalse();
        assertThat(p.movedBecause()).isEmpty();
    }
}
