package se.bokvar.bench.intake;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * The household phase: the growth chunks, how many cases the growth's notices are on (1 is right), and the flood with
 * the other buildings' notices meanwhile (null when the growth stopped early).
 */
record Household(List<Chunk> chunks, long growthCases, Flood flood) {

    /** One chunk of the growth: its answers, when all its notices were cases (-1: not in time), its CPU per notice. */
    record Chunk(int number, int first, int last, ClosedLoop.Answers answers, double drainedSeconds,
            Map<String, Double> cpuMsPerNotice) {

        boolean drained() {
            return drainedSeconds >= 0;
        }

        /** The whole stack's CPU ms per notice. */
        double total() {
            return cpuMsPerNotice.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The flood: its answers, when its created notices were all cases (-1: not in time), how many cases all the
     * household's notices are on, and the other buildings' notices sent meanwhile with their POST -> case latency.
     */
    record Flood(ClosedLoop.Answers answers, double allCasesSeconds, long cases, LoadResult others, Histogram othersVisible,
            int othersSeen, Map<String, Double> cpuMsPerNotice, double loadAverage) {

        boolean drained() {
            return allCasesSeconds >= 0;
        }
    }

    /** The first chunk's CPU ms per notice of {@code part} (the whole stack for null), NaN without figures. */
    double firstCpu(String part) {
        return cpu(chunks.get(0), part);
    }

    double lastCpu(String part) {
        return cpu(chunks.get(chunks.size() - 1), part);
    }

    /** The last chunk's CPU per notice over the first's, of {@code part} or (null) the whole stack; NaN without figures. */
    double growth(String part) {
        if (chunks.size() < 2) {
            return Double.NaN;
        }
        double first = firstCpu(part);
        return first > 0 ? lastCpu(part) / first : Double.NaN;
    }

    /** Every chunk became cases, the household is one case, and nothing but 201 and 429 was answered. */
    boolean ok() {
        return chunks.stream().allMatch(c -> c.drained() && c.answers().errors().isEmpty()) && growthCases == 1
                && flood != null && flood.drained() && flood.answers().errors().isEmpty() && flood.cases() == 1
                && flood.others().errors().isEmpty() && flood.othersSeen() == flood.others().created();
    }

    private static double cpu(Chunk c, String part) {
        if (c.cpuMsPerNotice().isEmpty()) {
            return Double.NaN;
        }
        return part == null ? c.total() : c.cpuMsPerNotice().getOrDefault(part, Double.NaN);
    }
}
