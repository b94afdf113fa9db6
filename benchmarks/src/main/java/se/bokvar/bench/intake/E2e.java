package se.bokvar.bench.intake;

import java.util.Map;

import org.HdrHistogram.Histogram;

/** The end-to-end phase: the intake load, when each notice became a visible case, the inbox probe and check. */
record E2e(LoadResult load, Histogram visible, int seen, double lastSeenAfterLastAnswer, Histogram inbox, int inboxCalls,
        Map<String, Integer> inboxErrors, int inboxFound, int inboxCases, Map<String, Double> cpuMsPerNotice,
        double loadAverage) {
}
