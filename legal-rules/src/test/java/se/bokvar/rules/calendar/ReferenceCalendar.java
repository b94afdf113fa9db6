package se.bokvar.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An independently written Swedish calendar for 2020–2041, for tests only. Easter Sunday is typed in by hand from
 * an almanac; every moveable holiday is derived from those typed dates by counting days; midsummer and All
 * Saints' Day by scanning their windows. It shares no code with {@link SwedishCalendar}.
 */
public final class ReferenceCalendar {

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2040;

    /** Påskdagen 2020–2041, typed from an almanac. */
    public static final Map<Integer, LocalDate> EASTER = Map.ofEntries(
            Map.entry(2020, LocalDate.of(2020, 4, 12)),
            Map.entry(2021, LocalDate.of(2021, 4, 4)),
            Map.entry(2022, LocalDate.of(2022, 4, 17)),
            Map.entry(2023, LocalDate.of(2023, 4, 9)),
            Map.entry(2024, LocalDate.of(2024, 3, 31)),
            Map.entry(2025, LocalDate.of(2025, 4, 20)),
            Map.entry(2026, LocalDate.of(2026, 4, 5)),
            Map.entry(2027, LocalDate.of(2027, 3, 28)),
            Map.entry(2028, LocalDate.of(2028, 4, 16)),
            Map.entry(2029, LocalDate.of(2029, 4, 1)),
            Map.entry(2030, LocalDate.of(2030, 4, 21)),
            Map.entry(2031, LocalDate.of(2031, 4, 13)),
            Map.entry(2032, LocalDate.of(2032, 3, 28)),
            Map.entry(2033, LocalDate.of(2033, 4, 17)),
            Map.entry(2034, LocalDate.of(2034, 4, 9)),
            Map.entry(2035, LocalDate.of(2035, 3, 25)),
            Map.entry(2036, LocalDate.of(2036, 4, 13)),
            Map.entry(2037, LocalDate.of(2037, 4, 5)),
            Map.entry(2038, LocalDate.of(2038, 4, 25)),
            Map.entry(2039, LocalDate.of(2039, 4, 10)),
            Map.entry(2040, LocalDate.of(2040, 4, 1)),
            Map.entry(2041, LocalDate.of(2041, 4, 21)));

    /** Named public holidays (not plain Sundays) 2020–2041, date → Swedish name. */
    public static final Map<LocalDate, String> NAMED_HOLIDAYS;

    /** Midsommarafton 2020–2041. */
    public static final Map<Integer, LocalDate> MIDSUMMER_EVE;

    static {
        Map<LocalDate, String> named = new HashMap<>();
        Map<Integer, LocalDate> eves = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
            named.put(LocalDate.of(year, 1, 1), "nyårsdagen");
            named.put(LocalDate.of(year, 1, 6), "trettondedag jul");
            named.put(LocalDate.of(year, 5, 1), "första maj");
            named.put(LocalDate.of(year, 6, 6), "Sveriges nationaldag");
            named.put(LocalDate.of(year, 12, 25), "juldagen");
            named.put(LocalDate.of(year, 12, 26), "annandag jul");
            LocalDate easter = EASTER.get(year);
            named.put(easter.minusDays(2), "långfredagen");
            named.put(easter, "påskdagen");
            named.put(easter.plusDays(1), "annandag påsk");
            named.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
            named.put(easter.plusDays(49), "pingstdagen");
            for (int day = 20; day <= 26; day++) {
                LocalDate date = LocalDate.of(year, 6, day);
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    named.put(date, "midsommardagen");
                    eves.put(year, date.minusDays(1));
                }
            }
            for (LocalDate date = LocalDate.of(year, 10, 31); !date.isAfter(LocalDate.of(year, 11, 6));
                    date = date.plusDays(1)) {
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    named.put(date, "alla helgons dag");
                }
            }
        }
        NAMED_HOLIDAYS = Map.copyOf(named);
        MIDSUMMER_EVE = Map.copyOf(eves);
    }

    private ReferenceCalendar() {
    }

    public static boolean isPublicHoliday(LocalDate date) {
        return NAMED_HOLIDAYS.containsKey(date) || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public static String holidayName(LocalDate date) {
        if (NAMED_HOLIDAYS.containsKey(date)) {
            return NAMED_HOLIDAYS.get(date);
        }
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? "söndag" : null;
    }

    /** Lag 1930:173 2 §, spelled out. */
    public static boolean extendsDeadline(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                || isPublicHoliday(date)
                || date.equals(MIDSUMMER_EVE.get(date.getYear()))
                || (date.getMonthValue() == 12 && date.getDayOfMonth() == 24)
                || (date.getMonthValue() == 12 && date.getDayOfMonth() == 31);
    }

    /** Naive lag 1930:173: add 7 days per week one day at a time, then step over extending days. */
    public static LocalDate weeksFrom(LocalDate start, int weeks) {
        LocalDate end = start;
        for (int i = 0; i < 7 * weeks; i++) {
            end = end.plusDays(1);
        }
        while (extendsDeadline(end)) {
            end = end.plusDays(1);
        }
        return end;
    }
}
