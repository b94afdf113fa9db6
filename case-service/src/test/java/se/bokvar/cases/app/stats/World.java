package se.bokvar.cases.app.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw counts of every table for a run of months, as the database would give them, and the service's way of answering
 * a query from them (a grid over the query's months up to the last one that has ended, then {@link Answers}). The
 * counts are indexed for {@link LinearAttacker}: table → one variable per (month, row, column).
 */
final class World {

    final List<String> columns;
    final YearMonth first;
    final int months;
    /** table → [month][row][column]. */
    final Map<String, long[][][]> counts = new HashMap<>();

    World(List<String> columns, YearMonth first, int months) {
        this.columns = columns;
        this.first = first;
        this.months = months;
        Tables.ALL.forEach((table, rows) -> counts.put(table, new long[months][rows][columns.size()]));
    }

    YearMonth last() {
        return first.plusMonths(months - 1L);
    }

    int month(YearMonth m) {
        return (int) first.until(m, ChronoUnit.MONTHS);
    }

    int rows(String table) {
        return Tables.ALL.get(table);
    }

    int variables(String table) {
        return months * rows(table) * columns.size();
    }

    int variable(String table, YearMonth month, int row, int column) {
        return (month(month) * rows(table) + row) * columns.size() + column;
    }

    long count(String table, YearMonth month, int row, int column) {
        return counts.get(table)[month(month)][row][column];
    }

    /** What the service answers on {@code today}: the same steps as {@link Statistics#figures}, without the database. */
    StatisticsView answer(String board, YearMonth from, YearMonth to, Answers.ContactHours hours, LocalDate today) {
        YearMonth through = Grid.publishedThrough(to, today);
        if (through.isBefore(from)) {
            return Answers.nothingYet(board, from, to);
        }
        Grid.Builder grid = Grid.builder(columns, from, through);
        for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
            if (m.isBefore(first) || m.isAfter(last())) {
                continue;
            }
            for (Map.Entry<String, long[][][]> table : counts.entrySet()) {
                long[][] t = table.getValue()[month(m)];
                for (int r = 0; r < t.length; r++) {
                    for (int c = 0; c < t[r].length; c++) {
                        if (t[r][c] != 0) {
                            grid.add(table.getKey(), m, r, columns.get(c), t[r][c]);
                        }
                    }
                }
            }
        }
        return Answers.of(grid.build(), board, to, hours);
    }
}
