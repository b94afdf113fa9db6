package se.bokvar.bench.intake;

import java.util.Map;

/** The burst phase: batches answered, and when all notices were cases. */
record Burst(int notices, int received, Map<String, Integer> errors, double answeredSeconds, double allCasesSeconds,
        boolean complete, Map<String, Double> cpuMsPerNotice, double loadAverage) {
}
