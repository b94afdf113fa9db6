package se.bokvar.rules.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import se.bokvar.rules.statistics.Attacker.View;

/**
 * Generated tables (1–12 rows by 1–8 columns, small counts common) attacked by {@link Attacker}, a linear-algebra
 * check that shares no code with {@code LinearDisclosure}.
 */
class SuppressionPropertiesTest {

    /** Edge cases off: jqwik's edge cases (all-zero, 1 x 1 tables) would otherwise take a third of the tries. */
    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void noSuppressedValueCanBeDerived(@ForAll("tables") long[][] counts, @ForAll("thresholds") int threshold) {
        SuppressedTable table = SuppressedTable.of(counts, threshold);
        int rows = counts.length;
        int cols = counts[0].length;
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[cols];
        long grand = 0;
        int suppressedCells = 0;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                long count = counts[row][col];
                rowTotals[row] += count;
                columnTotals[col] += count;
                grand += count;
                checkValue(table.published(row, col), table.isSuppressed(row, col), count, threshold);
                suppressedCells += table.isSuppressed(row, col) ? 1 : 0;
            }
        }
        for (int row = 0; row < rows; row++) {
            checkValue(table.rowTotal(row), table.isRowTotalSuppressed(row), rowTotals[row], threshold);
        }
        for (int col = 0; col < cols; col++) {
            checkValue(table.columnTotal(col), table.isColumnTotalSuppressed(col), columnTotals[col], threshold);
        }
        checkValue(table.grandTotal(), table.isGrandTotalSuppressed(), grand, threshold);

        assertThat(Attacker.derive(View.of(table))).as("%s", table).isEmpty();

        Statistics.label("share of cells suppressed")
                .collect(suppressedCells == 0 ? "none" : suppressedCells * 4 < rows * cols ? "< 1/4" : ">= 1/4");
        Statistics.label("grand total").collect(table.isGrandTotalSuppressed() ? "suppressed" : "published");
    }

    @Property(tries = 300)
    void rangesUseOnlyPublishedValues(@ForAll("tables") long[][] counts) {
        SuppressedTable table = SuppressedTable.of(counts);
        int rows = counts.length;
        for (int from = 0; from < rows; from++) {
            for (int to = from + 1; to <= rows; to++) {
                for (int col = 0; col < counts[0].length; col++) {
                    long sum = 0;
                    boolean anySuppressed = false;
                    for (int row = from; row < to; row++) {
                        sum += counts[row][col];
                        anySuppressed |= table.isSuppressed(row, col);
                    }
                    OptionalLong range = table.rangeTotal(from, to, col);
                    assertThat(range).isEqualTo(anySuppressed ? OptionalLong.empty() : OptionalLong.of(sum));
                }
                long sum = 0;
                boolean anySuppressed = false;
                for (int row = from; row < to; row++) {
                    for (long count : counts[row]) {
                        sum += count;
                    }
                    anySuppressed |= table.isRowTotalSuppressed(row);
                }
                assertThat(table.rangeTotalAllColumns(from, to))
                        .isEqualTo(anySuppressed ? OptionalLong.empty() : OptionalLong.of(sum));
            }
        }
    }

    /** A suppressed value is hidden, a published one is true, and every small value (primary) is suppressed. */
    private static void checkValue(OptionalLong published, boolean suppressed, long truth, int threshold) {
        assertThat(published.isEmpty()).isEqualTo(suppressed);
        published.ifPresent(value -> assertThat(value).isEqualTo(truth));
        if (truth >= 1 && truth < threshold) {
            assertThat(suppressed).isTrue();
        }
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(6, Arbitraries.longs().between(1, 6)),
                Tuple.of(3, Arbitraries.longs().between(7, 12)),
                Tuple.of(1, Arbitraries.longs().between(13, 400)));
        return Arbitraries.integers().between(1, 12).flatMap(rows ->
                Arbitraries.integers().between(1, 8).flatMap(cols ->
                        count.list().ofSize(cols).list().ofSize(rows).map(SuppressionPropertiesTest::toArray)));
    }

    @Provide
    Arbitrary<Integer> thresholds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(SuppressedTable.DEFAULT_THRESHOLD)),
                Tuple.of(1, Arbitraries.integers().between(2, 8)));
    }

    private static long[][] toArray(List<List<Long>> rows) {
        long[][] counts = new long[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            counts[row] = rows.get(row).stream().mapToLong(Long::longValue).toArray();
        }
        return counts;
    }
}
