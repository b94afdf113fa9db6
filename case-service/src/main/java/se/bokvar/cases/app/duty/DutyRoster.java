package se.bokvar.cases.app.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.bokvar.rules.directory.CaseworkerDirectory;
import se.bokvar.rules.directory.Csv;

/**
 * Who is the duty caseworker of a board on a day ({@code BOKVAR_DUTY_ROSTER}, CSV; by default the bundled SAMPLE).
 * A line for the exact date wins over one for the weekday, which wins over {@code *}. The board {@code central}
 * is the central duty function for cases no board covers.
 */
public final class DutyRoster {

    public static final String HEADER = "day,board,caseworker";
    public static final String SAMPLE = "classpath:/sample/duty-roster.sample.csv";
    public static final String CENTRAL = "central";

    private final Map<String, String> byDate = new HashMap<>();
    private final Map<String, String> byWeekday = new HashMap<>();
    private final Map<String, String> everyDay = new HashMap<>();

    public static DutyRoster load(String location, CaseworkerDirectory directory) {
        DutyRoster roster = new DutyRoster();
        for (Csv.Line line : Csv.read(location, HEADER)) {
            List<String> f = line.fields();
            String where = location + " line " + line.number();
            if (f.size() != 3 || f.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(where + ": expected three non-empty fields: " + HEADER);
            }
            if (directory.find(f.get(2)).isEmpty()) {
                throw new IllegalArgumentException(where + ": " + f.get(2) + " is not in the caseworker directory");
            }
            roster.add(where, f.get(0), f.get(1), f.get(2));
        }
        return roster;
    }

    void add(String where, String day, String board, String caseworker) {
        Map<String, String> target;
        String key;
        if ("*".equals(day)) {
            target = everyDay;
            key = board;
        } else if (isWeekday(day)) {
            target = byWeekday;
            key = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)) + "|" + board;
        } else {
            try {
                key = LocalDate.parse(day) + "|" + board;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": day must be an ISO date, a weekday or *");
            }
            target = byDate;
        }
        if (target.put(key, caseworker) != null) {
            throw new IllegalArgumentException(where + ": a second line for the same day and board");
        }
    }

    private static boolean isWeekday(String day) {
        try {
            DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The duty caseworker of {@code board} (or {@link #CENTRAL}) on {@code day}. */
    public Optional<String> dutyFor(String board, LocalDate day) {
        String exact = byDate.get(day + "|" + board);
        if (exact != null) {
            return Optional.of(exact);
        }
        String weekday = byWeekday.get(day.getDayOfWeek() + "|" + board);
        if (weekday != null) {
            return Optional.of(weekday);
        }
        return Optional.ofNullable(everyDay.get(board));
    }
}
