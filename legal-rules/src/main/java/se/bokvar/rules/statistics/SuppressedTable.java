package se.bokvar.rules.statistics;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A two-dimensional table of non-negative counts (rows, e.g. calendar months, by columns, e.g. social-services
 * boards) with its row totals, column totals and grand total, and the decision which of these values may be
 * published.
 *
 * <p><b>Primary suppression.</b> Every cell <em>and every total</em> whose count is small, {@code 1 ..
 * threshold - 1} (default threshold {@value #DEFAULT_THRESHOLD}, so 1–4), is suppressed. Zero is not small and is
 * published.
 *
 * <p><b>Complementary suppression.</b> A suppressed value must not be derivable from the published ones. A board's
 * hidden 3 beside the municipality's published month total and the other boards' published counts is recovered by
 * subtraction; so is a value hidden in its row but not in its column, or one that follows from several rows and
 * columns together. The published values and the table's equations (every row's cells sum to its row total, every
 * column's cells to its column total, the row totals and the column totals each sum to the grand total) form a
 * linear system in the suppressed values; a suppressed value is <em>exactly derivable</em> when its unit vector
 * lies in the row space of that system ({@code LinearDisclosure}, Gaussian elimination over exact fractions).
 * While some suppressed value is derivable, more values are suppressed: the cheapest set of published values that
 * puts the derivable one on a cycle of suppressed values through its row and column (the table with its totals is
 * a grid whose every line sums to zero; a hidden value is derivable exactly when no such cycle exists), cheapest
 * meaning, in this order, not the grand total, as few row or column totals as possible, as few zero cells as
 * possible, the smallest sum of counts, the fewest values. The loop ends when the elimination finds no derivable
 * value, so the guarantee rests on the elimination, not on the cycle argument.
 *
 * <p>Protection is against <em>exact</em> derivation by linear equations. Bounds from non-negativity (a hidden
 * value can be no larger than a published total it is part of) are not considered.
 *
 * <p><b>Derived figures.</b> A figure over several rows (a quarter, a half-year) must be computed only from
 * published values of this table and is published only if every value it needs is published:
 * {@link #rangeTotal} and {@link #rangeTotalAllColumns} follow that contract. Never publish a figure computed
 * from the raw counts next to the table.
 *
 * <p>Immutable; the raw counts stay inside and are exposed only where published.
 */
public final class SuppressedTable {

    /** The default threshold: counts 1–4 are small. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int rows;
    private final int columns;
    private final int threshold;
    /** The extended grid: {@code (rows + 1) x (columns + 1)}, row totals in the last column, column totals in the
     * last row, the grand total in the corner. Indexed by {@link #index}. */
    private final long[] values;
    private final boolean[] suppressed;

    private SuppressedTable(int rows, int columns, int threshold, long[] values, boolean[] suppressed) {
        this.rows = rows;
        this.columns = columns;
        this.threshold = threshold;
        this.values = values;
        this.suppressed = suppressed;
    }

    /**
     * Suppresses the table with the default threshold ({@value #DEFAULT_THRESHOLD}).
     *
     * @see #of(long[][], int)
     */
    public static SuppressedTable of(long[][] counts) {
        return of(counts, DEFAULT_THRESHOLD);
    }

    /**
     * Computes the totals and decides what is published.
     *
     * @param counts    {@code counts[row][column]}, at least one row and one column, all rows of the same length,
     *                  no negative count; copied
     * @param threshold the smallest count that is not small (counts {@code 1 .. threshold - 1} are suppressed);
     *                  at least 2
     * @throws IllegalArgumentException if the table or the threshold is not valid, or a total does not fit in a
     *                                  {@code long}
     */
    public static SuppressedTable of(long[][] counts, int threshold) {
        if (counts == null) {
            throw new IllegalArgumentException("counts must not be null");
        }
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold must be at least 2");
        }
        if (counts.length == 0) {
            throw new IllegalArgumentException("the table needs at least one row");
        }
        int rows = counts.length;
        int columns = -1;
        for (long[] row : counts) {
            if (row == null) {
                throw new IllegalArgumentException("a row must not be null");
            }
            if (columns >= 0 && row.length != columns) {
                throw new IllegalArgumentException("all rows must have the same number of columns");
            }
            columns = row.length;
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("counts must not be negative");
                }
            }
        }
        if (columns == 0) {
            throw new IllegalArgumentException("the table needs at least one column");
        }
        int width = columns + 1;
        long[] values = new long[(rows + 1) * width];
        try {
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < columns; col++) {
                    long count = counts[row][col];
                    values[row * width + col] = count;
                    values[row * width + columns] = Math.addExact(values[row * width + columns], count);
                    values[rows * width + col] = Math.addExact(values[rows * width + col], count);
                    values[rows * width + columns] = Math.addExact(values[rows * width + columns], count);
                }
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a total does not fit in a long", e);
        }
        return new SuppressedTable(rows, columns, threshold, values,
                new Suppression(rows, columns, threshold, values).run());
    }

    /** @return the number of rows (without the totals row) */
    public int rows() {
        return rows;
    }

    /** @return the number of columns (without the totals column) */
    public int columns() {
        return columns;
    }

    /** @return the threshold: counts {@code 1 .. threshold - 1} are small */
    public int threshold() {
        return threshold;
    }

    /** @return the cell's count, or empty if it is suppressed */
    public OptionalLong published(int row, int col) {
        return value(cell(row, col));
    }

    /** @return whether the cell is suppressed */
    public boolean isSuppressed(int row, int col) {
        return suppressed[cell(row, col)];
    }

    /** @return the row's total, or empty if it is suppressed */
    public OptionalLong rowTotal(int row) {
        return value(rowTotalIndex(row));
    }

    /** @return whether the row's total is suppressed */
    public boolean isRowTotalSuppressed(int row) {
        return suppressed[rowTotalIndex(row)];
    }

    /** @return the column's total, or empty if it is suppressed */
    public OptionalLong columnTotal(int col) {
        return value(columnTotalIndex(col));
    }

    /** @return whether the column's total is suppressed */
    public boolean isColumnTotalSuppressed(int col) {
        return suppressed[columnTotalIndex(col)];
    }

    /** @return the grand total, or empty if it is suppressed */
    public OptionalLong grandTotal() {
        return value(index(rows, columns));
    }

    /** @return whether the grand total is suppressed */
    public boolean isGrandTotalSuppressed() {
        return suppressed[index(rows, columns)];
    }

    /**
     * The total of one column over the rows {@code fromRow} (inclusive) to {@code toRow} (exclusive), e.g. a
     * board's quarter. Computed only from published cells: published only if every cell in the range is
     * published, otherwise empty (suppressed).
     *
     * @throws IndexOutOfBoundsException if the column or the range is outside the table
     * @throws IllegalArgumentException   if the range has no row
     */
    public OptionalLong rangeTotal(int fromRow, int toRow, int col) {
        checkRange(fromRow, toRow);
        Objects.checkIndex(col, columns);
        long sum = 0;
        for (int row = fromRow; row < toRow; row++) {
            if (suppressed[cell(row, col)]) {
                return OptionalLong.empty();
            }
            sum += values[cell(row, col)];
        }
        return OptionalLong.of(sum);
    }

    /**
     * The total over all columns of the rows {@code fromRow} (inclusive) to {@code toRow} (exclusive), e.g. the
     * municipality's quarter. Computed only from published row totals: published only if every row total in the
     * range is published, otherwise empty (suppressed).
     *
     * @throws IndexOutOfBoundsException if the range is outside the table
     * @throws IllegalArgumentException   if the range has no row
     */
    public OptionalLong rangeTotalAllColumns(int fromRow, int toRow) {
        checkRange(fromRow, toRow);
        long sum = 0;
        for (int row = fromRow; row < toRow; row++) {
            if (suppressed[rowTotalIndex(row)]) {
                return OptionalLong.empty();
            }
            sum += values[rowTotalIndex(row)];
        }
        return OptionalLong.of(sum);
    }

    /** The published table, one line per row with its total, then the column totals; suppressed values as "x". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SuppressedTable[threshold=").append(threshold).append(']');
        for (int row = 0; row <= rows; row++) {
            text.append('\n');
            for (int col = 0; col <= columns; col++) {
                int i = index(row, col);
                text.append(col == 0 ? "" : col == columns ? " | " : " ")
                        .append(suppressed[i] ? "x" : Long.toString(values[i]));
            }
        }
        return text.toString();
    }

    private OptionalLong value(int index) {
        return suppressed[index] ? OptionalLong.empty() : OptionalLong.of(values[index]);
    }

    private void checkRange(int fromRow, int toRow) {
        Objects.checkFromToIndex(fromRow, toRow, rows);
        if (fromRow == toRow) {
            throw new IllegalArgumentException("a range needs at least one row");
        }
    }

    private int cell(int row, int col) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(col, columns);
        return index(row, col);
    }

    private int rowTotalIndex(int row) {
        Objects.checkIndex(row, rows);
        return index(row, columns);
    }

    private int columnTotalIndex(int col) {
        Objects.checkIndex(col, columns);
        return index(rows, col);
    }

    private int index(int row, int col) {
        return row * (columns + 1) + col;
    }

    /**
     * The suppression itself, on the extended grid of {@code (rows + 1) x (columns + 1)} values in which every
     * line sums to zero once its total is counted negatively.
     */
    private static final class Suppression {

        private final int rows;
        private final int columns;
        private final int width;
        private final int threshold;
        private final long[] values;
        private final long[][] equations;
        private final boolean[] suppressed;

        Suppression(int rows, int columns, int threshold, long[] values) {
            this.rows = rows;
            this.columns = columns;
            this.width = columns + 1;
            this.threshold = threshold;
            this.values = values;
            this.suppressed = new boolean[values.length];
            this.equations = new long[rows + 1 + columns + 1][values.length];
            for (int row = 0; row <= rows; row++) {
                for (int col = 0; col <= columns; col++) {
                    equations[row][row * width + col] = col == columns ? -1 : 1;
                    equations[rows + 1 + col][row * width + col] = row == rows ? -1 : 1;
                }
            }
        }

        boolean[] run() {
            for (int i = 0; i < values.length; i++) {
                suppressed[i] = values[i] >= 1 && values[i] < threshold;
            }
            while (true) {
                boolean[] derivable = LinearDisclosure.determined(equations, suppressed);
                int target = -1;
                for (int i = 0; i < derivable.length && target < 0; i++) {
                    if (derivable[i]) {
                        target = i;
                    }
                }
                if (target < 0) {
                    return suppressed.clone();
                }
                if (!suppressCycleThrough(target)) {
                    suppressCheapestPublished(target);
                }
            }
        }

        /**
         * Dijkstra from the target's row to its column in the bipartite graph of grid rows and grid columns,
         * without the target itself; a suppressed value costs nothing, a published one {@link #cost}.
         *
         * @return whether a published value was suppressed
         */
        private boolean suppressCycleThrough(int target) {
            int nodes = rows + 1 + width;
            long[][] distance = new long[nodes][];
            int[] previous = new int[nodes];
            boolean[] done = new boolean[nodes];
            Arrays.fill(previous, -1);
            int source = target / width;
            int sink = rows + 1 + target % width;
            distance[source] = new long[COST_SIZE];
            while (true) {
                int next = -1;
                for (int node = 0; node < nodes; node++) {
                    if (!done[node] && distance[node] != null
                            && (next < 0 || compare(distance[node], distance[next]) < 0)) {
                        next = node;
                    }
                }
                if (next < 0 || next == sink) {
                    break;
                }
                done[next] = true;
                boolean isRow = next <= rows;
                int count = isRow ? width : rows + 1;
                for (int k = 0; k < count; k++) {
                    int i = isRow ? next * width + k : k * width + (next - rows - 1);
                    int other = isRow ? rows + 1 + k : k;
                    if (i == target || done[other]) {
                        continue;
                    }
                    long[] candidate = plus(distance[next], i);
                    if (distance[other] == null || compare(candidate, distance[other]) < 0) {
                        distance[other] = candidate;
                        previous[other] = next;
                    }
                }
            }
            boolean added = false;
            for (int node = sink; previous[node] >= 0; node = previous[node]) {
                int from = previous[node];
                int i = node <= rows ? node * width + (from - rows - 1) : from * width + (node - rows - 1);
                if (!suppressed[i]) {
                    suppressed[i] = true;
                    added = true;
                }
            }
            return added;
        }

        /** A safety net that keeps the loop finite: suppresses the cheapest published value in the target's lines,
         * or anywhere. Not reached when the cycle argument holds. */
        private void suppressCheapestPublished(int target) {
            int best = -1;
            for (int pass = 0; pass < 2 && best < 0; pass++) {
                for (int i = 0; i < values.length; i++) {
                    boolean inLine = i / width == target / width || i % width == target % width;
                    if (!suppressed[i] && (pass == 1 || inLine)
                            && (best < 0 || compare(plus(new long[COST_SIZE], i), plus(new long[COST_SIZE], best)) < 0)) {
                        best = i;
                    }
                }
            }
            if (best < 0) {
                throw new IllegalStateException("a value is derivable although nothing is published");
            }
            suppressed[best] = true;
        }

        private static final int COST_SIZE = 5;

        /** The path cost plus the value at {@code i}: grand totals, other totals, zero cells, sum of counts,
         * number of values; a suppressed value adds nothing. */
        private long[] plus(long[] cost, int i) {
            long[] sum = cost.clone();
            if (suppressed[i]) {
                return sum;
            }
            boolean totalRow = i / width == rows;
            boolean totalColumn = i % width == columns;
            if (totalRow && totalColumn) {
                sum[0]++;
            } else if (totalRow || totalColumn) {
                sum[1]++;
            } else if (values[i] == 0) {
                sum[2]++;
            }
            sum[3] = values[i] > Long.MAX_VALUE - sum[3] ? Long.MAX_VALUE : sum[3] + values[i];
            sum[4]++;
            return sum;
        }

        private static int compare(long[] a, long[] b) {
            return Arrays.compare(a, b);
        }
    }
}
