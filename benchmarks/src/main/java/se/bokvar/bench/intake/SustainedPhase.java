package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.format;
import static se.bokvar.bench.intake.IntakeReport.ms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sustained intake: for each rate, {@code --duration} seconds of notices at that fixed arrival rate, open loop, then
 * a wait until every notice is a case; a rate is held when every notice got a 201, at least 97 % of the rate was
 * answered and p99 stayed within the target. Stops at the first rate not held unless {@code --all-rates}.
 */
final class SustainedPhase {

    private SustainedPhase() {
    }

    static List<Step> run(IntakeLoad load, StackCpu cpu) throws Exception {
        IntakeOptions o = load.options();
        List<Step> steps = new ArrayList<>();
        System.out.printf("%nSustained intake (POST /api/v1/notices/termination-unpaid-rent, %d s per rate; latency from the due"
                + " time; after each rate the benchmark waits until every notice is a case)%n", o.durationSeconds());
        for (double rate : o.rates()) {
            double loadAverage = StackCpu.loadAverage();
            Map<String, Double> before = cpu.snapshot();
            LoadResult r = load.load(rate, (int) Math.round(rate * o.durationSeconds()), null);
            double drained = Drain.drain(o, r.noticeIds(), r.lastAnswerNanos());
            Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
            boolean held = r.errors().isEmpty() && r.throughput() >= 0.97 * rate
                    && r.latency().getValueAtPercentile(99) <= o.p99TargetMs() * 1e6;
            Step s = new Step(r, Math.max(0, drained), drained >= 0, StackCpu.perNotice(used, r.created()), loadAverage, held);
            steps.add(s);
            System.out.printf("  %5.0f/s: %6.1f/s answered, p50 %s  p95 %s  p99 %s  max %s, errors %s; all cases %s after the"
                    + " last answer; load %.1f; %s%n    CPU ms/notice %s%n", rate, r.throughput(), ms(r.latency(), 50),
                    ms(r.latency(), 95), ms(r.latency(), 99), ms(r.latency().getMaxValue()),
                    r.errors().isEmpty() ? "none" : r.errors(), drained >= 0 ? String.format("%.1f s", drained) : "NOT ALL (timed out)",
                    loadAverage, held ? "HELD" : "not held", format(s.cpuMsPerNotice()));
            if (!held && !o.allRates()) {
                break;
            }
        }
        return steps;
    }
}
