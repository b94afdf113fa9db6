package se.bokvar.rules.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An attacker who sees only the published values and knows the table's equations, written independently of
 * {@code LinearDisclosure}: the equations are built from named quantities, brought to (non-reduced) row echelon
 * form over {@link BigInteger} fractions, and each unit vector {@code e_i} of a suppressed quantity is reduced
 * against the echelon rows; it lies in the row space iff it reduces to zero, and the multipliers used, applied to
 * the right-hand sides, give the derived value.
 */
final class Attacker {

    enum Kind { CELL, ROW_TOTAL, COLUMN_TOTAL, GRAND_TOTAL }

    /** One value of the table: a cell (row, column), a row total (row, -1), a column total (-1, column), or the
     * grand total (-1, -1). */
    record Quantity(Kind kind, int row, int col) {
    }

    /** What is published: {@code null} for a suppressed value. */
    record View(Long[][] cells, Long[] rowTotals, Long[] columnTotals, Long grandTotal) {

        static View of(SuppressedTable table) {
            Long[][] cells = new Long[table.rows()][table.columns()];
            Long[] rowTotals = new Long[table.rows()];
            Long[] columnTotals = new Long[table.columns()];
            for (int row = 0; row < table.rows(); row++) {
                for (int col = 0; col < table.columns(); col++) {
                    cells[row][col] = boxed(table.published(row, col));
                }
                rowTotals[row] = boxed(table.rowTotal(row));
            }
            for (int col = 0; col < table.columns(); col++) {
                columnTotals[col] = boxed(table.columnTotal(col));
            }
            return new View(cells, rowTotals, columnTotals, boxed(table.grandTotal()));
        }

        private static Long boxed(OptionalLong value) {
            return value.isPresent() ? value.getAsLong() : null;
        }

        Long valueOf(Quantity q) {
            return switch (q.kind()) {
                case CELL -> cells[q.row()][q.col()];
                case ROW_TOTAL -> rowTotals[q.row()];
                case COLUMN_TOTAL -> columnTotals[q.col()];
                case GRAND_TOTAL -> grandTotal;
            };
        }
    }

    private Attacker() {
    }

    /** @return every suppressed quantity the attacker can work out exactly, with its value */
    static Map<Quantity, Rational> derive(View view) {
        int rows = view.cells().length;
        int cols = view.cells()[0].length;
        // each equation: quantities with coefficients, summing to zero
        List<Map<Quantity, Integer>> equations = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            Map<Quantity, Integer> eq = new LinkedHashMap<>();
            for (int col = 0; col < cols; col++) {
                eq.put(new Quantity(Kind.CELL, row, col), 1);
            }
            eq.put(new Quantity(Kind.ROW_TOTAL, row, -1), -1);
            equations.add(eq);
        }
        for (int col = 0; col < cols; col++) {
            Map<Quantity, Integer> eq = new LinkedHashMap<>();
            for (int row = 0; row < rows; row++) {
                eq.put(new Quantity(Kind.CELL, row, col), 1);
            }
            eq.put(new Quantity(Kind.COLUMN_TOTAL, -1, col), -1);
            equations.add(eq);
        }
        Map<Quantity, Integer> rowTotals = new LinkedHashMap<>();
        for (int row = 0; row < rows; row++) {
            rowTotals.put(new Quantity(Kind.ROW_TOTAL, row, -1), 1);
        }
        rowTotals.put(new Quantity(Kind.GRAND_TOTAL, -1, -1), -1);
        equations.add(rowTotals);
        Map<Quantity, Integer> columnTotals = new LinkedHashMap<>();
        for (int col = 0; col < cols; col++) {
            columnTotals.put(new Quantity(Kind.COLUMN_TOTAL, -1, col), 1);
        }
        columnTotals.put(new Quantity(Kind.GRAND_TOTAL, -1, -1), -1);
        equations.add(columnTotals);

        List<Quantity> unknowns = new ArrayList<>();
        for (Map<Quantity, Integer> eq : equations) {
            for (Quantity q : eq.keySet()) {
                if (view.valueOf(q) == null && !unknowns.contains(q)) {
                    unknowns.add(q);
                }
            }
        }
        int n = unknowns.size();
        // augmented rows: n coefficients of the unknowns, then the right-hand side (minus the published part)
        List<Rational[]> matrix = new ArrayList<>();
        for (Map<Quantity, Integer> eq : equations) {
            Rational[] line = new Rational[n + 1];
            Arrays.fill(line, Rational.ZERO);
            for (Map.Entry<Quantity, Integer> term : eq.entrySet()) {
                Long published = view.valueOf(term.getKey());
                if (published == null) {
                    line[unknowns.indexOf(term.getKey())] = Rational.of(term.getValue());
                } else {
                    line[n] = line[n].minus(Rational.of(term.getValue() * published));
                }
            }
            matrix.add(line);
        }
        // forward elimination to row echelon form (rows ordered by pivot column)
        List<Rational[]> echelon = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (int col = 0; col < n; col++) {
            Rational[] pivotRow = null;
            for (Rational[] line : matrix) {
                if (!line[col].isZero()) {
                    pivotRow = line;
                    break;
                }
            }
            if (pivotRow == null) {
                continue;
            }
            matrix.remove(pivotRow);
            for (Rational[] line : matrix) {
                if (!line[col].isZero()) {
                    Rational factor = line[col].dividedBy(pivotRow[col]);
                    for (int j = 0; j <= n; j++) {
                        line[j] = line[j].minus(factor.times(pivotRow[j]));
                    }
                }
            }
            echelon.add(pivotRow);
            pivots.add(col);
        }
        Map<Quantity, Rational> derived = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Rational[] v = new Rational[n];
            Arrays.fill(v, Rational.ZERO);
            v[i] = Rational.of(1);
            Rational value = Rational.ZERO;
            for (int e = 0; e < echelon.size(); e++) {
                int p = pivots.get(e);
                if (!v[p].isZero()) {
                    Rational[] line = echelon.get(e);
                    Rational factor = v[p].dividedBy(line[p]);
                    for (int j = 0; j < n; j++) {
                        v[j] = v[j].minus(factor.times(line[j]));
                    }
                    value = value.plus(factor.times(line[n]));
                }
            }
            boolean inRowSpace = true;
            for (Rational r : v) {
                inRowSpace &= r.isZero();
            }
            if (inRowSpace) {
                derived.put(unknowns.get(i), value);
            }
        }
        return derived;
    }

    /** An exact fraction over {@link BigInteger}. */
    record Rational(BigInteger numerator, BigInteger denominator) {

        static final Rational ZERO = of(0);

        static Rational of(long value) {
            return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
        }

        static Rational of(BigInteger numerator, BigInteger denominator) {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.signum() == 0 ? new Rational(BigInteger.ZERO, BigInteger.ONE)
                    : new Rational(numerator.divide(gcd), denominator.divide(gcd));
        }

        boolean isZero() {
            return numerator.signum() == 0;
        }

        Rational plus(Rational o) {
            return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                    denominator.multiply(o.denominator));
        }

        Rational minus(Rational o) {
            return plus(new Rational(o.numerator.negate(), o.denominator));
        }

        Rational times(Rational o) {
            return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
        }

        Rational dividedBy(Rational o) {
            return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
        }
    }
}
