package se.bokvar.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks against jollyday's Swedish calendar, an independent implementation. Jollyday answers a different
 * question ("days off"): it lists julafton, nyårsafton and midsommarafton, which are not allmänna helgdagar, and it
 * does not list ordinary Sundays. Both differences are mapped explicitly here.
 */
class JollydayCrossCheckTest {

    /** Jollyday keys for days that are not allmänna helgdagar but do extend deadlines (lag 1930:173 2 §). */
    private static final Set<String> NOT_PUBLIC_HOLIDAYS = Set.of("CHRISTMAS_EVE", "NEW_YEARS_EVE", "MIDSUMMER_EVE");

    private static HolidayManager sweden;

    @BeforeAll
    static void loadJollyday() {
        sweden = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    }

    @Test
    void everyDay2020To2040AgreesWithJollyday() {
        Map<LocalDate, String> jolly = new HashMap<>();
        for (Holiday holiday : sweden.getHolidays(
                LocalDate.of(ReferenceCalendar.FIRST_YEAR, 1, 1), LocalDate.of(ReferenceCalendar.LAST_YEAR, 12, 31))) {
            jolly.put(holiday.getDate(), holiday.getPropertiesKey());
        }
        assertThat(jolly.values()).contains("CHRISTMAS_EVE", "NEW_YEARS_EVE", "MIDSUMMER_EVE");
        for (LocalDate date = LocalDate.of(ReferenceCalendar.FIRST_YEAR, 1, 1);
                !date.isAfter(LocalDate.of(ReferenceCalendar.LAST_YEAR, 12, 31)); date = date.plusDays(1)) {
            String key = jolly.get(date);
            boolean sunday = date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean jollyPublicHoliday = key != null && !NOT_PUBLIC_HOLIDAYS.contains(key);
            boolean jollyExtends = key != null || sunday || date.getDayOfWeek() == DayOfWeek.SATURDAY;
            assertThat(SwedishCalendar.isPublicHoliday(date)).as("public holiday %s (%s)", date, key)
                    .isEqualTo(jollyPublicHoliday || sunday);
            assertThat(SwedishCalendar.extendsDeadline(date)).as("extends deadline %s (%s)", date, key)
                    .isEqualTo(jollyExtends);
        }
    }

    @Test
    void typedEasterDatesAgreeWithJollyday() {
        ReferenceCalendar.EASTER.forEach((year, easter) ->
                assertThat(jollydayEaster(year)).as("Easter %d", year).isEqualTo(easter));
    }

    @Test
    void computusAgreesWithJollydayFor1583To2600() {
        for (int year = SwedishCalendar.FIRST_GREGORIAN_YEAR; year <= 2600; year++) {
            assertThat(SwedishCalendar.easterSunday(year)).as("Easter %d", year).isEqualTo(jollydayEaster(year));
        }
    }

    private static LocalDate jollydayEaster(int year) {
        return sweden.getHolidays(Year.of(year)).stream()
                .filter(holiday -> holiday.getPropertiesKey().equals("christian.EASTER"))
                .map(Holiday::getDate)
                .findFirst()
                .orElseThrow();
    }
}
