package se.bokvar.rules.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Which unknowns of a homogeneous system of linear equations are fixed by it once the known values are moved to
 * the right-hand side: an unknown {@code x_i} is fixed exactly when the unit vector {@code e_i} lies in the row
 * space of the coefficients restricted to the unknowns. Gaussian elimination to reduced row echelon form over
 * exact fractions; in that form {@code x_i} is fixed iff its column is a pivot column and the pivot's row has no
 * other non-zero entry (otherwise the free unknowns in that row, or {@code x_i} itself when free, can move it).
 */
final class LinearDisclosure {

    private LinearDisclosure() {
    }

    /**
     * @param coefficients one row per equation, one column per variable (all rows as long as {@code unknown})
     * @param unknown      which variables are unknown (suppressed); the others are known (published)
     * @return for each variable, whether it is unknown and nevertheless fixed by the equations
     */
    static boolean[] determined(long[][] coefficients, boolean[] unknown) {
        List<Integer> columns = new ArrayList<>();
        for (int variable = 0; variable < unknown.length; variable++) {
            if (unknown[variable]) {
                columns.add(variable);
            }
        }
        int m = coefficients.length;
        int n = columns.size();
        Fraction[][] a = new Fraction[m][n];
        for (int row = 0; row < m; row++) {
            for (int col = 0; col < n; col++) {
                a[row][col] = Fraction.of(coefficients[row][columns.get(col)], 1);
            }
        }
        int[] pivotColumn = new int[m];
        int rank = 0;
        for (int col = 0; col < n && rank < m; col++) {
            int pivotRow = -1;
            for (int row = rank; row < m; row++) {
                if (!a[row][col].isZero()) {
                    pivotRow = row;
                    break;
                }
            }
            if (pivotRow < 0) {
                continue;
            }
            Fraction[] swap = a[pivotRow];
            a[pivotRow] = a[rank];
            a[rank] = swap;
            Fraction pivot = a[rank][col];
            for (int j = 0; j < n; j++) {
                a[rank][j] = a[rank][j].dividedBy(pivot);
            }
            for (int row = 0; row < m; row++) {
                Fraction factor = a[row][col];
                if (row != rank && !factor.isZero()) {
                    for (int j = 0; j < n; j++) {
                        a[row][j] = a[row][j].minus(factor.times(a[rank][j]));
                    }
                }
            }
            pivotColumn[rank] = col;
            rank++;
        }
        boolean[] determined = new boolean[unknown.length];
        for (int row = 0; row < rank; row++) {
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = j == pivotColumn[row] || a[row][j].isZero();
            }
            if (alone) {
                determined[columns.get(pivotColumn[row])] = true;
            }
        }
        return determined;
    }

    /** An exact fraction in lowest terms with a positive denominator; overflow throws {@link ArithmeticException}. */
    private record Fraction(long numerator, long denominator) {

        static Fraction of(long numerator, long denominator) {
            if (denominator == 0) {
                throw new ArithmeticException("zero denominator");
            }
            if (denominator < 0) {
                numerator = Math.negateExact(numerator);
                denominator = Math.negateExact(denominator);
            }
            long gcd = gcd(Math.abs(numerator), denominator);
            return new Fraction(numerator / gcd, denominator / gcd);
        }

        boolean isZero() {
            return numerator == 0;
        }

        Fraction minus(Fraction other) {
            return of(Math.subtractExact(Math.multiplyExact(numerator, other.denominator),
                            Math.multiplyExact(other.numerator, denominator)),
                    Math.multiplyExact(denominator, other.denominator));
        }

        Fraction times(Fraction other) {
            return of(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
        }

        Fraction dividedBy(Fraction other) {
            return of(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
        }

        private static long gcd(long a, long b) {
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return a == 0 ? 1 : a;
        }
    }
}
