package se.bokvar.bench.intake;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/** What one open-loop run measured. */
record LoadResult(double rate, int sent, int created, Map<String, Integer> errors, Histogram latency, double seconds,
        List<String> noticeIds, long lastAnswerNanos) {
    double throughput() {
        return created / seconds;
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
}
