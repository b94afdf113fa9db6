package se.bokvar.bench.intake;

import org.HdrHistogram.Histogram;

/** The closed-loop run: as fast as the clients go. */
record Ceiling(int created, int sent, double seconds, Histogram latency) {
    double throughput() {
        return created / seconds;
    }
}
