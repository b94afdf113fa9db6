package se.bokvar.cases.app.stats;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * An attacker who collects published figures as linear equations over the raw counts (each figure is the sum of
 * some of them) and asks whether a hidden count follows exactly: it does iff its coefficient vector lies in the row
 * space of the equations. Exact integer Gaussian elimination (BigInteger, rows kept primitive), an incremental
 * echelon basis; it shares no code with legal-rules' {@code LinearDisclosure} or {@code SuppressedTable}.
 *
 * <p>Only exact linear derivation is judged, as {@code SuppressedTable} promises; bounds from non-negativity are not.
 */
public final class LinearAttacker {

    private final int variables;
    /** Echelon basis: pivot column → row whose first non-zero entry is at the pivot. */
    private final TreeMap<Integer, BigInteger[]> basis = new TreeMap<>();
    private final Set<String> learnt = new HashSet<>();

    public LinearAttacker(int variables) {
        this.variables = variables;
    }

    public int rank() {
        return basis.size();
    }

    /** A published figure: the sum of the given counts (each once) is known. */
    public void learn(int... counts) {
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || !learnt.add(Arrays.toString(sorted))) {
            return;
        }
        BigInteger[] v = reduce(vector(sorted));
        int pivot = firstNonZero(v);
        if (pivot >= 0) {
            basis.put(pivot, primitive(v));
        }
    }

    /** Whether the sum of the given counts (each once) follows from what was learnt. */
    public boolean derives(int... counts) {
        return counts.length > 0 && firstNonZero(reduce(vector(counts))) < 0;
    }

    private BigInteger[] vector(int[] counts) {
        BigInteger[] v = new BigInteger[variables];
        Arrays.fill(v, BigInteger.ZERO);
        for (int c : counts) {
            if (c < 0 || c >= variables) {
                throw new IndexOutOfBoundsException("no count " + c);
            }
            v[c] = v[c].add(BigInteger.ONE);
        }
        return v;
    }

    /** Eliminates every pivot column from v, in ascending order (a row touches only columns from its pivot on). */
    private BigInteger[] reduce(BigInteger[] v) {
        for (var entry : basis.entrySet()) {
            int p = entry.getKey();
            if (v[p].signum() == 0) {
                continue;
            }
            BigInteger[] row = entry.getValue();
            BigInteger a = row[p];
            BigInteger b = v[p];
            BigInteger[] next = new BigInteger[variables];
            for (int j = 0; j < variables; j++) {
                next[j] = v[j].multiply(a).subtract(row[j].multiply(b));
            }
            v = primitive(next);
        }
        return v;
    }

    private static int firstNonZero(BigInteger[] v) {
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() != 0) {
                return j;
            }
        }
        return -1;
    }

    /** Divided by the gcd of its entries. */
    private static BigInteger[] primitive(BigInteger[] v) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger x : v) {
            gcd = gcd.gcd(x);
        }
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
            return v;
        }
        BigInteger[] out = new BigInteger[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = v[j].divide(gcd);
        }
        return out;
    }
}
