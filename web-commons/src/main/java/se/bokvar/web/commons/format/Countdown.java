package se.bokvar.web.commons.format;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.calendar.SwedishCalendar;

/**
 * How much time is left before a deadline's last day, in working days, as the desk shows it: "3 arbetsdagar kvar",
 * "1 arbetsdag kvar", "sista dagen idag", "passerad".
 *
 * <p>A working day (arbetsdag, vardag) is a day on which a statutory period may end: not a Saturday, Sunday, public
 * holiday, midsommarafton, julafton or nyårsafton ({@link SwedishCalendar#extendsDeadline(LocalDate)}, lag 1930:173).
 * The count is of the working days after today up to and including the last day: with the last day on Thursday,
 * on Monday "3 arbetsdagar kvar" (Tuesday, Wednesday, Thursday), on Wednesday "1 arbetsdag kvar", on Thursday "sista
 * dagen idag", on Friday "passerad". A last day that is not itself a working day (an eviction on a Saturday, the
 * same-day acknowledgement) still counts as a day left: between today and it there may be no working day at all,
 * which reads "inga arbetsdagar före sista dagen". The desk never computes a deadline itself: the last day always
 * comes from case-service.
 */
public final class Countdown {

    /** The kind of the countdown, for styling (e.g. a CSS class) and for tests. */
    public enum Urgency {
        /** more than {@link #SOON_WORKING_DAYS} working days left */
        LATER,
        /** a few working days left */
        SOON,
        /** the last day is today, or there is no working day before it */
        TODAY,
        /** the last day has passed */
        PASSED
    }

    /** From this many working days left (or fewer) a deadline is shown as soon. */
    public static final int SOON_WORKING_DAYS = 3;

    /**
     * @param text        the Swedish text
     * @param urgency     how urgent
     * @param workingDays working days left after today (0 when passed or today)
     */
    public record Left(String text, Urgency urgency, int workingDays) {
    }

    private Countdown() {
    }

    /** The countdown to {@code lastDay} on the Stockholm day of {@code clock}. */
    public static Left until(LocalDate lastDay, Clock clock) {
        return until(lastDay, Stockholm.today(clock));
    }

    /** The countdown to {@code lastDay} seen on {@code today}. */
    public static Left until(LocalDate lastDay, LocalDate today) {
        Objects.requireNonNull(lastDay, "lastDay must not be null");
        Objects.requireNonNull(today, "today must not be null");
        if (today.isAfter(lastDay)) {
            return new Left("passerad", Urgency.PASSED, 0);
        }
        if (today.equals(lastDay)) {
            return new Left("sista dagen idag", Urgency.TODAY, 0);
        }
        int days = workingDaysAfterUpTo(today, lastDay);
        if (days == 0) {
            return new Left("inga arbetsdagar före sista dagen", Urgency.TODAY, 0);
        }
        return new Left(days + (days == 1 ? " arbetsdag kvar" : " arbetsdagar kvar"),
                days <= SOON_WORKING_DAYS ? Urgency.SOON : Urgency.LATER, days);
    }

    /** The working days in (from, to]. */
    static int workingDaysAfterUpTo(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!SwedishCalendar.extendsDeadline(d)) {
                days++;
            }
        }
        return days;
    }
}
