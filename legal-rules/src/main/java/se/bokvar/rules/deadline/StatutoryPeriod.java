package se.bokvar.rules.deadline;

import java.time.LocalDate;
import java.util.Objects;
import se.bokvar.rules.calendar.SwedishCalendar;

/**
 * A period stated in weeks, computed under lag (1930:173) om beräkning av lagstadgad tid.
 *
 * <p>1 §: a period of weeks counted from a given day ends on the day of the last week with the same weekday name
 * as the day counted from. 2 §: if that day is a Saturday, Sunday, allmän helgdag, midsommarafton, julafton or
 * nyårsafton, the act may still be done on the next day that is none of these.
 */
public final class StatutoryPeriod {

    private StatutoryPeriod() {
    }

    /**
     * The last day of a period of {@code weeks} weeks counted from {@code start}: the same weekday {@code weeks}
     * later, moved to the next ordinary weekday if that day {@linkplain SwedishCalendar#extendsDeadline extends
     * deadlines}.
     *
     * @throws IllegalArgumentException if {@code weeks} is not positive
     */
    public static LocalDate weeksFrom(LocalDate start, int weeks) {
        return SwedishCalendar.firstDayNotExtending(nominalWeeksFrom(start, weeks));
    }

    /**
     * The nominal end (lag 1930:173, 1 §): the same weekday {@code weeks} later, not moved. Shown next to
     * {@link #weeksFrom} so the caseworker sees why a deadline moved.
     *
     * @throws IllegalArgumentException if {@code weeks} is not positive
     */
    public static LocalDate nominalWeeksFrom(LocalDate start, int weeks) {
        Objects.requireNonNull(start, "start must not be null");
        if (weeks < 1) {
            throw new IllegalArgumentException("a period must be at least one week");
        }
        return start.plusWeeks(weeks);
    }
}
