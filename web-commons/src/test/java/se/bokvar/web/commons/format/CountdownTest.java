package se.bokvar.web.commons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.bokvar.web.commons.format.Countdown.Urgency;

class CountdownTest {

    private static final LocalDate MON_7_DEC = LocalDate.of(2026, 12, 7);
    private static final LocalDate THU_10_DEC = LocalDate.of(2026, 12, 10);

    @Test
    void countsTheWorkingDaysAfterTodayUpToTheLastDay() {
        assertThat(Countdown.until(THU_10_DEC, MON_7_DEC)).isEqualTo(new Countdown.Left("3 arbetsdagar kvar", Urgency.SOON, 3));
        assertThat(Countdown.until(THU_10_DEC, THU_10_DEC.minusDays(1)))
                .isEqualTo(new Countdown.Left("1 arbetsdag kvar", Urgency.SOON, 1));
        // Monday to the next Monday: Tue, Wed, Thu, Fri and Mon; the weekend does not count
        assertThat(Countdown.until(MON_7_DEC.plusDays(7), MON_7_DEC))
                .isEqualTo(new Countdown.Left("5 arbetsdagar kvar", Urgency.LATER, 5));
    }

    @Test
    void theLastDayAndAfter() {
        assertThat(Countdown.until(THU_10_DEC, THU_10_DEC)).isEqualTo(new Countdown.Left("sista dagen idag", Urgency.TODAY, 0));
        assertThat(Countdown.until(THU_10_DEC, THU_10_DEC.plusDays(1))).isEqualTo(new Countdown.Left("passerad", Urgency.PASSED, 0));
        assertThat(Countdown.until(THU_10_DEC, THU_10_DEC.plusYears(1)).text()).isEqualTo("passerad");
    }

    @Test
    void holidaysAndTheEvesAreNotWorkingDays() {
        // Christmas 2026: julafton Thu 24 (extends deadlines), juldagen Fri 25, weekend, so from Tue 22 to Mon 28 only
        // Wed 23 and Mon 28 are working days
        assertThat(Countdown.until(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 22)).workingDays()).isEqualTo(2);
        // Easter 2027: långfredagen 26 March, annandag påsk 29 March
        assertThat(Countdown.until(LocalDate.of(2027, 3, 30), LocalDate.of(2027, 3, 25)).text()).isEqualTo("1 arbetsdag kvar");
        // midsommarafton (Fri 25 June 2027) is no working day
        assertThat(Countdown.until(LocalDate.of(2027, 6, 28), LocalDate.of(2027, 6, 24)).text()).isEqualTo("1 arbetsdag kvar");
    }

    @Test
    void aLastDayThatIsNoWorkingDayWithNoneBeforeIt() {
        // Friday, an eviction on Saturday: no working day is left, but the day has not come
        assertThat(Countdown.until(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 11)))
                .isEqualTo(new Countdown.Left("inga arbetsdagar före sista dagen", Urgency.TODAY, 0));
    }

    @Test
    void todayIsTheStockholmDayOfTheClock() {
        // 23:30 UTC on Wednesday 9 December is already Thursday 10 December in Stockholm
        Clock clock = Clock.fixed(Instant.parse("2026-12-09T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Countdown.until(THU_10_DEC, clock).text()).isEqualTo("sista dagen idag");
    }
}
