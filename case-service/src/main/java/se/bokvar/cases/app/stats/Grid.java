package se.bokvar.cases.app.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeSet;

import se.bokvar.rules.statistics.SuppressedTable;

/**
 * The statistics grid: every count the statistics publish is a value of one of its tables, suppressed with
 * {@link SuppressedTable} (primary: counts 1–4; complementary: whatever would let one be worked out).
 *
 * <p><b>The grid is fixed.</b> For every measure ({@link Tables}) and every Stockholm calendar month there is one
 * table; its columns are <em>every</em> board of the routing table (a board without cases is a column of zeros),
 * then {@link #UNROUTED} (cases no board covers) and {@link #OTHER} (cases of a board no longer in the routing
 * table), so a month's row total is the municipality's figure. A table depends only on its month's data: not on the
 * period asked, not on the scope, not on the other months. The board's figure of a month is a cell, the
 * municipality's the row total (for the opened cases, a column total and the grand total); a figure over several
 * months is the sum of the months' published values and is suppressed if one of them is ({@link #range}), never a
 * count taken over the period. Every number any answer holds is therefore a sum of published values of these
 * tables; since each table leaves no suppressed value derivable from its published ones and no two tables share a
 * count, no combination of answers (overlapping periods, a board beside the municipality, several queries)
 * derives a suppressed count.
 *
 * <p><b>Why a table per month and not per year.</b> A year's table would be suppressed as a whole, and its pattern
 * (which cells are hidden) changes whenever a month is added to it: the January published in February and the
 * January published in March could hide different cells, and the two together reveal what each hides. A month's
 * table is complete when the month ends and its pattern stays. For the same reason the current month is not
 * published at all: its counts still change every day, and the difference between two days' answers is a small
 * count. Only months that have ended are in the grid ({@link #lastPublishable}).
 *
 * <p>Counts of an ended month can still change (a deadline that was pending is met, a case is moved to another
 * board, a notice arrives late with an earlier receipt): answers given before and after such a change are not
 * protected against each other. See docs/privacy.md.
 *
 * <p>Plain Java (no framework, no database): the counts come in through the {@link Builder}.
 */
public final class Grid {

    /** The column of cases no board covers (the unrouted queue). */
    public static final String UNROUTED = "unrouted";

    /** The column of cases of a board that is no longer in the routing table. */
    public static final String OTHER = "other";

    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final YearMonth from;
    private final YearMonth through;
    private final Map<String, SuppressedTable[]> tables;

    private Grid(List<String> columns, YearMonth from, YearMonth through, Map<String, SuppressedTable[]> tables) {
        this.columns = columns;
        this.columnIndex = index(columns);
        this.from = from;
        this.through = through;
        this.tables = tables;
    }

    /** The grid's columns: the boards in alphabetical order, then {@link #UNROUTED} and {@link #OTHER}. */
    public static List<String> columns(Collection<String> boards) {
        TreeSet<String> sorted = new TreeSet<>(boards);
        sorted.remove(UNROUTED);
        sorted.remove(OTHER);
        List<String> columns = new ArrayList<>(sorted);
        columns.add(UNROUTED);
        columns.add(OTHER);
        return List.copyOf(columns);
    }

    /** The last month that may be published on {@code today} (Stockholm): the last one that has ended. */
    public static YearMonth lastPublishable(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /** The last month of a period ending with {@code to} that may be published on {@code today}. */
    public static YearMonth publishedThrough(YearMonth to, LocalDate today) {
        YearMonth last = lastPublishable(today);
        return to.isAfter(last) ? last : to;
    }

    /** A grid over the months {@code from} to {@code through} (inclusive); every count starts at 0. */
    public static Builder builder(List<String> columns, YearMonth from, YearMonth through) {
        return new Builder(columns, from, through);
    }

    public List<String> columns() {
        return columns;
    }

    /** @return the board's column, or -1 if the grid has none */
    public int column(String board) {
        Integer i = columnIndex.get(board);
        return i == null ? -1 : i;
    }

    public YearMonth from() {
        return from;
    }

    public YearMonth through() {
        return through;
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * A published value of one month's table.
     *
     * @param row    the row, or -1 for all rows (a column total; with column -1 the grand total)
     * @param column the column, or -1 for all columns (the row total, the municipality)
     * @return the value, or empty if the table suppressed it
     */
    public OptionalLong value(String table, YearMonth month, int row, int column) {
        SuppressedTable t = table(table, month);
        if (row < 0 && column < 0) {
            return t.grandTotal();
        }
        if (row < 0) {
            return t.columnTotal(column);
        }
        return column < 0 ? t.rowTotal(row) : t.published(row, column);
    }

    /**
     * The sum of {@link #value} over the months {@code first} to {@code last} (inclusive), computed only from
     * published values: empty (suppressed) if any month's value is suppressed.
     */
    public OptionalLong range(String table, YearMonth first, YearMonth last, int row, int column) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        long sum = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            OptionalLong v = value(table, m, row, column);
            if (v.isEmpty()) {
                return OptionalLong.empty();
            }
            sum = Math.addExact(sum, v.getAsLong());
        }
        return OptionalLong.of(sum);
    }

    private SuppressedTable table(String table, YearMonth month) {
        SuppressedTable[] perMonth = tables.get(table);
        if (perMonth == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        if (month.isBefore(from) || month.isAfter(through)) {
            throw new IllegalArgumentException("the month " + month + " is not in the grid " + from + ".." + through);
        }
        return perMonth[(int) from.until(month, ChronoUnit.MONTHS)];
    }

    private static Map<String, Integer> index(List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        return index;
    }

    /** The raw counts of the grid's months; {@link #build} suppresses every (table, month) on its own. */
    public static final class Builder {

        private final List<String> columns;
        private final Map<String, Integer> columnIndex;
        private final YearMonth from;
        private final YearMonth through;
        private final int months;
        private final Map<String, long[][][]> counts = new HashMap<>();

        private Builder(List<String> columns, YearMonth from, YearMonth through) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(through, "through");
            if (through.isBefore(from)) {
                throw new IllegalArgumentException("a grid needs at least one month");
            }
            if (!columns.contains(UNROUTED) || !columns.contains(OTHER)) {
                throw new IllegalArgumentException("the columns need " + UNROUTED + " and " + OTHER);
            }
            this.columns = List.copyOf(columns);
            this.columnIndex = index(this.columns);
            this.from = from;
            this.through = through;
            this.months = (int) from.until(through, ChronoUnit.MONTHS) + 1;
            Tables.ALL.forEach((table, rows) -> counts.put(table, new long[months][rows][this.columns.size()]));
        }

        /**
         * Adds to a count.
         *
         * @param board the case's board: null or {@link #UNROUTED} for none, a board not among the columns goes to
         *              {@link #OTHER}
         */
        public Builder add(String table, YearMonth month, int row, String board, long count) {
            long[][][] t = counts.get(table);
            if (t == null) {
                throw new IllegalArgumentException("no table " + table);
            }
            if (month.isBefore(from) || month.isAfter(through)) {
                throw new IllegalArgumentException("the month " + month + " is not in the grid " + from + ".." + through);
            }
            if (count < 0) {
                throw new IllegalArgumentException("a count is not negative");
            }
            Integer column = columnIndex.get(board == null ? UNROUTED : board);
            int col = column == null ? columnIndex.get(OTHER) : column;
            int m = (int) from.until(month, ChronoUnit.MONTHS);
            t[m][row][col] = Math.addExact(t[m][row][col], count);
            return this;
        }

        public Grid build() {
            Map<String, SuppressedTable[]> tables = new HashMap<>();
            counts.forEach((table, perMonth) -> {
                SuppressedTable[] suppressed = new SuppressedTable[months];
                for (int m = 0; m < months; m++) {
                    suppressed[m] = SuppressedTable.of(perMonth[m], Figure.THRESHOLD);
                }
                tables.put(table, suppressed);
            });
            return new Grid(columns, from, through, tables);
        }
    }
}
