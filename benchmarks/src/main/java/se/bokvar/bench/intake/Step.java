package se.bokvar.bench.intake;

import java.util.Map;

/** One sustained rate: the load, the drain, the CPU it cost, whether it was held. */
record Step(LoadResult load, double drainSeconds, boolean drained, Map<String, Double> cpuMsPerNotice, double loadAverage,
        boolean held) {
}
