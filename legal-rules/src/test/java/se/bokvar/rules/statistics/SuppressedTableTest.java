package se.bokvar.rules.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

import se.bokvar.rules.statistics.Attacker.Kind;
import se.bokvar.rules.statistics.Attacker.Quantity;
import se.bokvar.rules.statistics.Attacker.Rational;
import se.bokvar.rules.statistics.Attacker.View;

/** Concrete tables: months by boards. */
class SuppressedTableTest {

    @Test
    void aSmallCountIsHiddenWithAnotherCellInItsRowAndItsColumn() {
        long[][] counts = {
                {12, 20, 15},
                {14, 3, 18},
                {25, 11, 30},
                {16, 22, 9}};
        SuppressedTable table = SuppressedTable.of(counts);

        assertThat(table.published(1, 1)).isEmpty();
        assertThat(table.isSuppressed(1, 1)).isTrue();
        assertThat(countSuppressedInRow(table, 1)).isGreaterThanOrEqualTo(2);
        assertThat(countSuppressedInColumn(table, 1)).isGreaterThanOrEqualTo(2);
        // the municipality's totals stay published: the suppression is inside the table
        assertThat(table.grandTotal()).hasValue(195);
        for (int row = 0; row < 4; row++) {
            assertThat(table.rowTotal(row)).isPresent();
        }
        for (int col = 0; col < 3; col++) {
            assertThat(table.columnTotal(col)).isPresent();
        }
        assertThat(Attacker.derive(View.of(table))).isEmpty();
        // the cheapest rectangle (14 + 12 + 20): the 3 with 14 in its row, 20 in its column, and 12
        assertThat(table.toString()).contains("\nx x 15 | 47\nx x 18 | 35\n25 11 30 | 66");
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        long[][] counts = {{5, 7}, {100, 6}, {8, 9}};
        SuppressedTable table = SuppressedTable.of(counts);

        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 2; col++) {
                assertThat(table.published(row, col)).hasValue(counts[row][col]);
            }
        }
        assertThat(table.rowTotal(1)).hasValue(106);
        assertThat(table.columnTotal(0)).hasValue(113);
        assertThat(table.grandTotal()).hasValue(135);
        assertThat(table.isGrandTotalSuppressed()).isFalse();
    }

    @Test
    void zerosArePublished() {
        long[][] counts = {{0, 7, 0}, {10, 0, 6}, {0, 0, 0}};
        SuppressedTable table = SuppressedTable.of(counts);

        assertThat(table.published(0, 0)).hasValue(0);
        assertThat(table.published(2, 2)).hasValue(0);
        assertThat(table.rowTotal(2)).hasValue(0);
        assertThat(table.grandTotal()).hasValue(23);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                assertThat(table.isSuppressed(row, col)).isFalse();
            }
        }
    }

    @Test
    void aSmallRowTotalIsSuppressed() {
        long[][] counts = {{10, 12, 9}, {1, 0, 2}, {8, 7, 11}};
        SuppressedTable table = SuppressedTable.of(counts);

        assertThat(table.rowTotal(1)).isEmpty();
        assertThat(table.isRowTotalSuppressed(1)).isTrue();
        assertThat(table.published(1, 0)).isEmpty();
        assertThat(table.published(1, 2)).isEmpty();
        assertThat(Attacker.derive(View.of(table))).isEmpty();
    }

    @Test
    void aSmallColumnTotalAndGrandTotalAreSuppressed() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{2}, {0}, {1}});

        assertThat(table.columnTotal(0)).isEmpty();
        assertThat(table.grandTotal()).isEmpty();
        assertThat(table.published(1, 0)).hasValue(0);
        assertThat(Attacker.derive(View.of(table))).isEmpty();
    }

    @Test
    void theThresholdIsConfigurable() {
        long[][] counts = {{3, 10, 10}, {10, 10, 10}, {10, 10, 10}};

        assertThat(SuppressedTable.of(counts, 3).published(0, 0)).hasValue(3);
        assertThat(SuppressedTable.of(counts, 3).grandTotal()).hasValue(83);
        assertThat(SuppressedTable.of(counts, 4).published(0, 0)).isEmpty();
        assertThat(SuppressedTable.of(counts).threshold()).isEqualTo(SuppressedTable.DEFAULT_THRESHOLD);
    }

    @Test
    void rangesArePublishedOnlyFromPublishedValues() {
        long[][] counts = {
                {12, 20},
                {14, 3},
                {25, 11},
                {16, 22},
                {30, 40},
                {31, 41}};
        SuppressedTable table = SuppressedTable.of(counts);

        assertThat(table.rangeTotal(0, 3, 1)).isEmpty();
        assertThat(table.rangeTotal(3, 6, 1)).hasValue(103);
        assertThat(table.rangeTotal(3, 4, 0)).hasValue(16);
        assertThat(table.rangeTotalAllColumns(0, 3)).isEqualTo(
                table.rowTotal(0).isPresent() && table.rowTotal(1).isPresent() && table.rowTotal(2).isPresent()
                        ? OptionalLong.of(85) : OptionalLong.empty());
        assertThat(table.rangeTotalAllColumns(3, 6)).hasValue(180);
        assertThatIllegalArgumentException().isThrownBy(() -> table.rangeTotal(2, 2, 0));
        assertThatThrownBy(() -> table.rangeTotal(0, 7, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.rangeTotal(0, 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.rangeTotalAllColumns(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void invalidTablesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(null))
                .withMessage("counts must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[0][]))
                .withMessage("the table needs at least one row");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[][] {{}}))
                .withMessage("the table needs at least one column");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[][] {{1}, null}))
                .withMessage("a row must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[][] {{1, 2}, {3}}))
                .withMessage("all rows must have the same number of columns");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[][] {{1, -2}}))
                .withMessage("counts must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> SuppressedTable.of(new long[][] {{1}}, 1))
                .withMessage("threshold must be at least 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SuppressedTable.of(new long[][] {{Long.MAX_VALUE, 1}}))
                .withMessage("a total does not fit in a long");
        SuppressedTable table = SuppressedTable.of(new long[][] {{10}});
        assertThatThrownBy(() -> table.published(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.rowTotal(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.columnTotal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theCountsAreCopied() {
        long[][] counts = {{10, 10}, {10, 10}};
        SuppressedTable table = SuppressedTable.of(counts);
        counts[0][0] = 3;

        assertThat(table.published(0, 0)).hasValue(10);
    }

    /** The attacker is not toothless: primary suppression alone, with every total published, gives the 3 away. */
    @Test
    void theAttackerDerivesACellHiddenOnlyByPrimarySuppression() {
        View primaryOnly = new View(
                new Long[][] {{null, 10L}, {10L, 10L}},
                new Long[] {13L, 20L},
                new Long[] {13L, 20L},
                33L);

        Map<Quantity, Rational> derived = Attacker.derive(primaryOnly);

        assertThat(derived).containsExactly(Map.entry(new Quantity(Kind.CELL, 0, 0), Rational.of(3)));
    }

    /** ... also through a combination of rows and columns, not just one subtraction. */
    @Test
    void theAttackerDerivesThroughCombinationsOfLines() {
        // row 0 hides 3 and 7 and its total; column 0 hides 3 and its total: column 1 gives the 7, row 0 then the 3
        View view = new View(
                new Long[][] {{null, null}, {10L, 10L}},
                new Long[] {null, 20L},
                new Long[] {null, 17L},
                30L);

        Map<Quantity, Rational> derived = Attacker.derive(view);

        assertThat(derived).containsEntry(new Quantity(Kind.CELL, 0, 0), Rational.of(3))
                .containsEntry(new Quantity(Kind.CELL, 0, 1), Rational.of(7))
                .containsEntry(new Quantity(Kind.ROW_TOTAL, 0, -1), Rational.of(10))
                .containsEntry(new Quantity(Kind.COLUMN_TOTAL, -1, 0), Rational.of(13));
    }

    @Test
    void theSameTableIsProtectedBySuppressedTable() {
        SuppressedTable table = SuppressedTable.of(new long[][] {{3, 10}, {10, 10}});

        assertThat(table.published(0, 0)).isEmpty();
        assertThat(table.published(0, 1)).isEmpty();
        assertThat(table.published(1, 0)).isEmpty();
        assertThat(table.published(1, 1)).isEmpty();
        assertThat(table.grandTotal()).hasValue(33);
        assertThat(Attacker.derive(View.of(table))).isEmpty();
    }

    /** Two years by twelve boards, small counts everywhere: still protected, and quickly. */
    @Test
    void theLargestIntendedTableIsProtected() {
        Random random = new Random(20261208L);
        long[][] counts = new long[24][12];
        for (long[] row : counts) {
            for (int col = 0; col < row.length; col++) {
                row[col] = random.nextInt(13);
            }
        }
        long start = System.nanoTime();
        SuppressedTable table = SuppressedTable.of(counts);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(5_000);
        assertThat(Attacker.derive(View.of(table))).isEmpty();
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 12; col++) {
                if (counts[row][col] >= 1 && counts[row][col] <= 4) {
                    assertThat(table.isSuppressed(row, col)).isTrue();
                }
            }
        }
    }

    private static int countSuppressedInRow(SuppressedTable table, int row) {
        int n = 0;
        for (int col = 0; col < table.columns(); col++) {
            n += table.isSuppressed(row, col) ? 1 : 0;
        }
        return n;
    }

    private static int countSuppressedInColumn(SuppressedTable table, int col) {
        int n = 0;
        for (int row = 0; row < table.rows(); row++) {
            n += table.isSuppressed(row, col) ? 1 : 0;
        }
        return n;
    }
}
