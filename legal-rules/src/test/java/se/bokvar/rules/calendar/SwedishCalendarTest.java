package se.bokvar.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishCalendarTest {

    private static final LocalDate FIRST = LocalDate.of(ReferenceCalendar.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(ReferenceCalendar.LAST_YEAR, 12, 31);

    @Test
    void everyDay2020To2040MatchesTheTypedTable() {
        int days = 0;
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            assertThat(SwedishCalendar.isPublicHoliday(date)).as("public holiday %s", date)
                    .isEqualTo(ReferenceCalendar.isPublicHoliday(date));
            assertThat(SwedishCalendar.holidayName(date)).as("name %s", date)
                    .isEqualTo(Optional.ofNullable(ReferenceCalendar.holidayName(date)));
            assertThat(SwedishCalendar.extendsDeadline(date)).as("extends deadline %s", date)
                    .isEqualTo(ReferenceCalendar.extendsDeadline(date));
            assertThat(SwedishCalendar.firstDayNotExtending(date)).as("first day not extending %s", date)
                    .isEqualTo(ReferenceCalendar.weeksFrom(date, 0));
            days++;
        }
        assertThat(days).isEqualTo(7671);
    }

    @Test
    void easterMatchesTheTypedAlmanacDates() {
        ReferenceCalendar.EASTER.forEach((year, easter) -> {
            assertThat(SwedishCalendar.easterSunday(year)).as("Easter %d", year).isEqualTo(easter);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        });
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
        "1583, 1583-04-10", // first Gregorian year
        "1700, 1700-04-11",
        "1818, 1818-03-22", // earliest possible date
        "1886, 1886-04-25", // latest possible date
        "1900, 1900-04-15",
        "1943, 1943-04-25",
        "1954, 1954-04-18", // h=28 and l=6 branch of the computus
        "1961, 1961-04-02",
        "1981, 1981-04-19", // h=29 and l=6 branch of the computus
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        "2049, 2049-04-18",
        "2076, 2076-04-19",
        "2100, 2100-03-28",
        "2285, 2285-03-22",
        "2400, 2400-04-16",
    })
    void easterOutsideTheTable(int year, LocalDate expected) {
        assertThat(SwedishCalendar.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void easterIsUndefinedBeforeTheGregorianCalendar() {
        assertThatThrownBy(() -> SwedishCalendar.easterSunday(1582))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1583");
        assertThatThrownBy(() -> SwedishCalendar.isPublicHoliday(LocalDate.of(1500, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-01-01, nyårsdagen",
        "2023-01-01, nyårsdagen", // a Sunday keeps its holiday name
        "2026-01-06, trettondedag jul",
        "2026-05-01, första maj",
        "2026-06-06, Sveriges nationaldag",
        "2026-12-25, juldagen",
        "2026-12-26, annandag jul",
        "2026-04-03, långfredagen",
        "2026-04-05, påskdagen",
        "2026-04-06, annandag påsk",
        "2026-05-14, Kristi himmelsfärdsdag",
        "2026-05-24, pingstdagen",
        "2026-06-20, midsommardagen",
        "2026-10-31, alla helgons dag",
        "2026-11-22, söndag",
    })
    void holidayNames(LocalDate date, String name) {
        assertThat(SwedishCalendar.holidayName(date)).contains(name);
        assertThat(SwedishCalendar.isPublicHoliday(date)).isTrue();
        assertThat(SwedishCalendar.extendsDeadline(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a public holiday but extends deadlines")
    @CsvSource({
        "2025-12-24", // julafton, Wednesday
        "2025-12-31", // nyårsafton, Wednesday
        "2026-06-19", // midsommarafton
        "2026-11-21", // a plain Saturday
        "2026-04-04", // påskafton (Saturday)
        "2026-05-23", // pingstafton (Saturday)
    })
    void aftonAndSaturdaysExtendDeadlinesWithoutBeingHolidays(LocalDate date) {
        assertThat(SwedishCalendar.isPublicHoliday(date)).isFalse();
        assertThat(SwedishCalendar.holidayName(date)).isEmpty();
        assertThat(SwedishCalendar.extendsDeadline(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} is an ordinary weekday")
    @CsvSource({
        "2026-11-23", "2026-12-23", "2026-12-30", "2026-06-18", "2026-04-02", "2026-04-07",
        "2025-06-05", // day before nationaldagen
        "2026-05-25", // annandag pingst is no longer a holiday (since 2005)
        "2026-05-13", // day before Kristi himmelsfärd
        "2026-01-05", "2026-01-02", "2026-04-30", "2026-12-28",
    })
    void ordinaryWeekdays(LocalDate date) {
        assertThat(SwedishCalendar.isPublicHoliday(date)).isFalse();
        assertThat(SwedishCalendar.holidayName(date)).isEmpty();
        assertThat(SwedishCalendar.extendsDeadline(date)).isFalse();
        assertThat(SwedishCalendar.firstDayNotExtending(date)).isEqualTo(date);
    }

    @ParameterizedTest(name = "first day not extending from {0} is {1}")
    @CsvSource({
        "2025-12-24, 2025-12-29", // julafton, juldagen, annandag jul, weekend
        "2025-12-31, 2026-01-02", // nyårsafton, nyårsdagen
        "2026-06-19, 2026-06-22", // midsommarafton, midsommardagen, Sunday
        "2026-04-03, 2026-04-07", // långfredagen .. annandag påsk
        "2026-11-21, 2026-11-23", // weekend
        "2026-11-23, 2026-11-23", // ordinary Monday
    })
    void firstDayNotExtending(LocalDate date, LocalDate expected) {
        assertThat(SwedishCalendar.firstDayNotExtending(date)).isEqualTo(expected);
    }

    @Test
    void midsummerAndAllSaintsWindows() {
        for (int year = 1900; year <= 2200; year++) {
            LocalDate eve = SwedishCalendar.midsummerEve(year);
            LocalDate day = SwedishCalendar.midsummerDay(year);
            LocalDate allSaints = SwedishCalendar.allSaintsDay(year);
            assertThat(eve.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(eve.getMonthValue()).isEqualTo(6);
            assertThat(eve.getDayOfMonth()).isBetween(19, 25);
            assertThat(day).isEqualTo(eve.plusDays(1));
            assertThat(allSaints.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(allSaints).isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6));
        }
        assertThat(SwedishCalendar.midsummerEve(2026)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(SwedishCalendar.midsummerDay(2027)).isEqualTo(LocalDate.of(2027, 6, 26));
        assertThat(SwedishCalendar.midsummerDay(2022)).isEqualTo(LocalDate.of(2022, 6, 25));
        assertThat(SwedishCalendar.allSaintsDay(2026)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(SwedishCalendar.allSaintsDay(2025)).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(SwedishCalendar.allSaintsDay(2027)).isEqualTo(LocalDate.of(2027, 11, 6));
    }

    @Test
    void nullsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> SwedishCalendar.isPublicHoliday(null))
                .withMessageContaining("date");
        assertThatNullPointerException().isThrownBy(() -> SwedishCalendar.holidayName(null));
        assertThatNullPointerException().isThrownBy(() -> SwedishCalendar.extendsDeadline(null));
        assertThatNullPointerException().isThrownBy(() -> SwedishCalendar.firstDayNotExtending(null));
    }
}
