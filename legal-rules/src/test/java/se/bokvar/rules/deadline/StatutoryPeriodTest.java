package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bokvar.rules.calendar.ReferenceCalendar;

class StatutoryPeriodTest {

    @Test
    void everyStartDay2020To2040AgainstTheNaiveReference() {
        for (LocalDate start = LocalDate.of(ReferenceCalendar.FIRST_YEAR, 1, 1);
                !start.isAfter(LocalDate.of(ReferenceCalendar.LAST_YEAR, 12, 31)); start = start.plusDays(1)) {
            for (int weeks = 1; weeks <= 3; weeks++) {
                LocalDate nominal = StatutoryPeriod.nominalWeeksFrom(start, weeks);
                assertThat(nominal.getDayOfWeek()).isEqualTo(start.getDayOfWeek());
                assertThat(StatutoryPeriod.weeksFrom(start, weeks)).as("%s + %d weeks", start, weeks)
                        .isEqualTo(ReferenceCalendar.weeksFrom(start, weeks));
            }
        }
    }

    @ParameterizedTest(name = "served {0}: nominal {1}, last day {2}")
    @CsvSource({
        "2025-12-03, 2025-12-24, 2025-12-29", // julafton, juldagen, annandag jul, weekend
        "2025-12-10, 2025-12-31, 2026-01-02", // nyårsafton, nyårsdagen
        "2026-05-29, 2026-06-19, 2026-06-22", // midsommarafton, weekend
        "2026-03-13, 2026-04-03, 2026-04-07", // långfredagen, weekend, annandag påsk
    })
    void domainBriefVectorsForThreeWeeks(LocalDate served, LocalDate nominal, LocalDate lastDay) {
        assertThat(StatutoryPeriod.nominalWeeksFrom(served, 3)).isEqualTo(nominal);
        assertThat(StatutoryPeriod.weeksFrom(served, 3)).isEqualTo(lastDay);
    }

    @Test
    void anOrdinaryEndIsNotMoved() {
        LocalDate start = LocalDate.of(2026, 1, 14);
        assertThat(StatutoryPeriod.weeksFrom(start, 2)).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(StatutoryPeriod.weeksFrom(start, 1)).isEqualTo(LocalDate.of(2026, 1, 21));
    }

    @Test
    void weeksMustBePositive() {
        LocalDate start = LocalDate.of(2026, 1, 14);
        assertThatThrownBy(() -> StatutoryPeriod.weeksFrom(start, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatutoryPeriod.nominalWeeksFrom(start, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> StatutoryPeriod.weeksFrom(null, 3))
                .withMessageContaining("start");
    }
}
