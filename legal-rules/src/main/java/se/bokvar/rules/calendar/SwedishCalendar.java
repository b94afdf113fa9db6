package se.bokvar.rules.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Swedish calendar for legal purposes. Two different questions, two different sets of days:
 *
 * <ul>
 *   <li>{@link #isPublicHoliday(LocalDate)}: <b>allmän helgdag</b> under lag (1989:253) om allmänna helgdagar:
 *       every Sunday; nyårsdagen (1 Jan), trettondedag jul (6 Jan), första maj, Sveriges nationaldag (6 Jun),
 *       juldagen (25 Dec), annandag jul (26 Dec); långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag
 *       (the Thursday 39 days after Easter Sunday), pingstdagen (Easter Sunday + 49 days); midsommardagen (the
 *       Saturday 20–26 June); alla helgons dag (the Saturday 31 October–6 November). Julafton, nyårsafton and
 *       midsommarafton are <em>not</em> public holidays.</li>
 *   <li>{@link #extendsDeadline(LocalDate)}: the days on which a statutory period may not end, under lag
 *       (1930:173) om beräkning av lagstadgad tid, 2 §: Saturday, Sunday, any public holiday, midsommarafton,
 *       julafton and nyårsafton. A period ending on such a day ends on the next day that is none of these.</li>
 * </ul>
 *
 * <p>The rules in force since 2005 (nationaldagen replaced annandag pingst) are applied to every year; the
 * platform only computes current and future deadlines. Years before 1583 (before the Gregorian calendar) are
 * rejected because the Easter computation is undefined there.
 */
public final class SwedishCalendar {

    /** The first full year of the Gregorian calendar; the computus is not defined before it. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    private static final Map<MonthDay, String> FIXED_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "nyårsdagen",
            MonthDay.of(1, 6), "trettondedag jul",
            MonthDay.of(5, 1), "första maj",
            MonthDay.of(6, 6), "Sveriges nationaldag",
            MonthDay.of(12, 25), "juldagen",
            MonthDay.of(12, 26), "annandag jul");

    private static final MonthDay CHRISTMAS_EVE = MonthDay.of(12, 24);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

    private SwedishCalendar() {
    }

    /** Allmän helgdag (lag 1989:253), Sundays included. */
    public static boolean isPublicHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    /**
     * The Swedish name of the allmän helgdag on {@code date}, e.g. "påskdagen"; "söndag" for an ordinary Sunday;
     * empty when the day is not a public holiday. A named holiday that falls on a Sunday keeps its own name.
     */
    public static Optional<String> holidayName(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        String fixed = FIXED_HOLIDAYS.get(MonthDay.from(date));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        String moveable = moveableHolidayName(date);
        if (moveable != null) {
            return Optional.of(moveable);
        }
        if (date.getDayOfWeek() == SUNDAY) {
            return Optional.of("söndag");
        }
        return Optional.empty();
    }

    private static String moveableHolidayName(LocalDate date) {
        int year = date.getYear();
        long fromEaster = ChronoUnit.DAYS.between(easterSunday(year), date);
        if (fromEaster == -2) {
            return "långfredagen";
        }
        if (fromEaster == 0) {
            return "påskdagen";
        }
        if (fromEaster == 1) {
            return "annandag påsk";
        }
        if (fromEaster == 39) {
            return "Kristi himmelsfärdsdag";
        }
        if (fromEaster == 49) {
            return "pingstdagen";
        }
        if (date.equals(midsummerDay(year))) {
            return "midsommardagen";
        }
        if (date.equals(allSaintsDay(year))) {
            return "alla helgons dag";
        }
        return null;
    }

    /**
     * Whether a statutory period that would end on {@code date} is moved to a later day (lag 1930:173, 2 §):
     * Saturday, Sunday, any allmän helgdag, midsommarafton, julafton or nyårsafton.
     */
    public static boolean extendsDeadline(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        if (dayOfWeek == SATURDAY || dayOfWeek == SUNDAY) {
            return true;
        }
        MonthDay monthDay = MonthDay.from(date);
        return monthDay.equals(CHRISTMAS_EVE)
                || monthDay.equals(NEW_YEARS_EVE)
                || date.equals(midsummerEve(date.getYear()))
                || isPublicHoliday(date);
    }

    /**
     * Why a statutory period may not end on {@code date} (lag 1930:173, 2 §), in Swedish and in this order: the
     * weekday ("lördag", "söndag"), the public holiday ("annandag jul"), the eve ("midsommarafton", "julafton",
     * "nyårsafton"). Empty exactly when {@link #extendsDeadline(LocalDate)} is false. For the case page's "flyttad
     * från lör 26 dec: lördag, annandag jul", so that no service or page names the reasons itself.
     */
    public static List<String> whyNoPeriodEndsOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        List<String> reasons = new ArrayList<>();
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        if (dayOfWeek == SATURDAY) {
            reasons.add("lördag");
        } else if (dayOfWeek == SUNDAY) {
            reasons.add("söndag");
        }
        holidayName(date).filter(name -> !"söndag".equals(name)).ifPresent(reasons::add);
        MonthDay monthDay = MonthDay.from(date);
        if (date.equals(midsummerEve(date.getYear()))) {
            reasons.add("midsommarafton");
        } else if (monthDay.equals(CHRISTMAS_EVE)) {
            reasons.add("julafton");
        } else if (monthDay.equals(NEW_YEARS_EVE)) {
            reasons.add("nyårsafton");
        }
        return List.copyOf(reasons);
    }

    /**
     * {@code date} itself if a statutory period may end on it, otherwise the next day that is not
     * {@linkplain #extendsDeadline(LocalDate) deadline-extending} ("nästa vardag" in lag 1930:173, 2 §).
     */
    public static LocalDate firstDayNotExtending(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        LocalDate day = date;
        while (extendsDeadline(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Påskdagen (Easter Sunday) in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/
     * Butcher, as given in Jean Meeus, <i>Astronomical Algorithms</i>, ch. 8), valid for every year from 1583.
     *
     * @throws IllegalArgumentException for a year before {@value #FIRST_GREGORIAN_YEAR}
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years from 1583 only");
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }

    /** Midsommarafton: the Friday between 19 and 25 June. Not a public holiday, but it extends deadlines. */
    public static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(FRIDAY));
    }

    /** Midsommardagen: the Saturday between 20 and 26 June (a public holiday). */
    public static LocalDate midsummerDay(int year) {
        return LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(SATURDAY));
    }

    /** Alla helgons dag: the Saturday between 31 October and 6 November (a public holiday). */
    public static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(SATURDAY));
    }
}
