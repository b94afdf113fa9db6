package se.bokvar.bench.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** How the intake benchmark prints its figures: the closing table, latencies in ms (s from 10 s), CPU per notice. */
final class IntakeReport {

    private IntakeReport() {
    }

    static void printTable(IntakeOptions o, List<Step> steps, E2e e2e, Burst burst, Household household, Baseline b,
            Ceiling c, Map<String, Double> maxRssMiB) {
        System.out.printf("%n| measure | result | target | met |%n|---|---|---|---|%n");
        for (Step s : steps) {
            LoadResult r = s.load();
            System.out.printf("| intake at %.0f/s for %d s (load %.1f) | %.1f/s, p50 %s, p95 %s, p99 %s, %d errors%s | p99 <= %.0f ms | %s |%n",
                    r.rate(), o.durationSeconds(), s.loadAverage(), r.throughput(), ms(r.latency(), 50), ms(r.latency(), 95),
                    ms(r.latency(), 99), r.errorCount(), s.drained() ? "" : ", NOT ALL CASES", o.p99TargetMs(), s.held() ? "held" : "no");
        }
        Step best = steps.stream().filter(Step::held).reduce((x, y) -> y).orElse(null);
        System.out.printf("| highest rate held | %s | | |%n", best == null ? "none of the rates" : String.format("%.0f/s", best.load().rate()));
        if (b != null) {
            double held = best == null ? 0 : best.load().rate();
            System.out.printf("| %s, %d clients, 2 inserts/tx | %.0f tx/s unthrottled; at %.0f/s p50 %s, p99 %s | | |%n", b.tool(),
                    o.concurrency(), b.maxTps(), best != null ? best.load().rate() : o.rates().get(0), ms(b.atRate(), 50), ms(b.atRate(), 99));
            System.out.printf("| intake / baseline | %.0f / %.0f = %.3f | >= 0.25 with p99 <= %.0f ms | %s |%n", held, b.maxTps(),
                    held / b.maxTps(), o.p99TargetMs(), held / b.maxTps() >= 0.25 ? "yes" : "no");
            // the same ratio without the latency condition: the highest rate answered in full (>= 97 %, no errors)
            double kept = steps.stream().filter(st -> st.load().errors().isEmpty() && st.load().throughput() >= 0.97 * st.load().rate())
                    .mapToDouble(st -> st.load().rate()).max().orElse(0);
            System.out.printf("| intake / baseline, any latency | %.0f / %.0f = %.3f (highest rate answered in full) | | |%n", kept,
                    b.maxTps(), kept / b.maxTps());
        }
        if (e2e != null) {
            boolean met = e2e.seen() == e2e.load().created() && e2e.visible().getValueAtPercentile(99) <= TimeUnit.SECONDS.toNanos(1)
                    && e2e.load().throughput() >= 0.97 * o.e2eRate();
            System.out.printf("| end to end at %.0f/s for %d s (load %.1f) | intake %.1f/s; POST -> case visible p50 %s, p99 %s; %d of %d"
                    + " cases; inbox probe p99 %s%s | p99 <= 1 s | %s |%n", o.e2eRate(), o.e2eSeconds(), e2e.loadAverage(),
                    e2e.load().throughput(), ms(e2e.visible(), 50), ms(e2e.visible(), 99), e2e.seen(), e2e.load().created(),
                    ms(e2e.inbox(), 99), e2e.inboxCases() >= 0 ? String.format("; %d/%d in the inbox", e2e.inboxFound(), e2e.inboxCases()) : "",
                    met ? "yes" : "no");
        }
        if (burst != null) {
            System.out.printf("| burst of %d in batches of %d (load %.1f) | answered in %.1f s; all cases after %s%s | all cases <= 30 s | %s |%n",
                    burst.notices(), o.batchSize(), burst.loadAverage(), burst.answeredSeconds(),
                    burst.complete() ? String.format("%.1f s", burst.allCasesSeconds()) : "NOT ALL",
                    burst.errors().isEmpty() ? "" : ", errors " + burst.errors(),
                    burst.complete() && burst.allCasesSeconds() <= 30 ? "yes" : "no");
        }
        if (household != null) {
            printHousehold(o, household);
        }
        if (!maxRssMiB.isEmpty()) {
            boolean met = maxRssMiB.entrySet().stream().filter(e -> !e.getKey().equals("kafka")).allMatch(e -> e.getValue() <= 300);
            StringBuilder rss = new StringBuilder();
            maxRssMiB.forEach((k, v) -> rss.append(rss.isEmpty() ? "" : ", ").append(k).append(' ').append(String.format("%.0f", v)));
            System.out.printf("| RSS per process, highest during the run (MiB) | %s | services <= 300 MiB | %s |%n", rss,
                    met ? "yes" : "no");
        }
        if (c != null) {
            System.out.printf("| intake ceiling, closed loop, %d clients | %.1f/s, p50 %s, p99 %s | | |%n", o.concurrency(),
                    c.throughput(), ms(c.latency(), 50), ms(c.latency(), 99));
        }
        System.out.println();
        for (Step s : steps) {
            System.out.printf("CPU ms per notice at %.0f/s: %s%n", s.load().rate(), format(s.cpuMsPerNotice()));
        }
        if (e2e != null) {
            System.out.printf("CPU ms per notice, end to end: %s%n", format(e2e.cpuMsPerNotice()));
        }
        if (burst != null) {
            System.out.printf("CPU ms per notice, burst: %s%n", format(burst.cpuMsPerNotice()));
        }
        if (household != null) {
            List<Household.Chunk> chunks = household.chunks();
            System.out.printf("CPU ms per notice, household chunk 1: %s; chunk %d: %s%n", format(chunks.get(0).cpuMsPerNotice()),
                    chunks.size(), format(chunks.get(chunks.size() - 1).cpuMsPerNotice()));
            if (household.flood() != null) {
                System.out.printf("CPU ms per notice, household flood and others: %s%n", format(household.flood().cpuMsPerNotice()));
            }
        }
    }

    /** The household phase's rows: CPU growth per notice (case-service, whole stack), the others' latency in the flood. */
    private static void printHousehold(IntakeOptions o, Household h) {
        int chunks = h.chunks().size();
        boolean drained = h.chunks().stream().allMatch(Household.Chunk::drained);
        String note = (drained ? "" : ", NOT ALL CASES") + (h.growthCases() == 1 ? "" : ", on " + h.growthCases() + " cases");
        for (String part : new String[] { "case-service", null }) {
            double growth = h.growth(part);
            System.out.printf("| household growth, %d notices for one household in %d chunks: %s CPU per notice, last chunk"
                    + " / first | %s (%s -> %s ms)%s | <= 1.2x | %s |%n", o.household(), chunks,
                    part == null ? "whole-stack" : part, HouseholdPhase.ratio(growth), HouseholdPhase.cpuMs(h.firstCpu(part)),
                    HouseholdPhase.cpuMs(h.lastCpu(part)), note, growth <= 1.2 && drained && h.growthCases() == 1 ? "yes" : "no");
        }
        Household.Flood f = h.flood();
        if (f != null) {
            boolean met = f.othersSeen() == f.others().created() && f.others().errors().isEmpty()
                    && f.othersVisible().getValueAtPercentile(99) <= TimeUnit.SECONDS.toNanos(1);
            System.out.printf("| other buildings at %.1f/s during a flood of %d for one household (load %.1f) | POST -> case p50"
                    + " %s, p99 %s, max %s; %d of %d cases%s; flood: %d created, %d shed, %d errors, all cases %s | p99 <= 1 s"
                    + " | %s |%n", o.householdOthersRate(), f.answers().sent(), f.loadAverage(), ms(f.othersVisible(), 50),
                    ms(f.othersVisible(), 99), ms(f.othersVisible().getMaxValue()), f.othersSeen(), f.others().created(),
                    f.others().errors().isEmpty() ? "" : ", errors " + f.others().errors(), f.answers().created(),
                    f.answers().shed(), f.answers().errors().values().stream().mapToInt(Integer::intValue).sum(),
                    f.drained() ? String.format("after %.1f s", f.allCasesSeconds()) : "NOT in time", met ? "yes" : "no");
        }
    }

    static String format(Map<String, Double> cpuMs) {
        if (cpuMs.isEmpty()) {
            return "n/a";
        }
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : cpuMs.entrySet()) {
            b.append(e.getKey().replace("-service", "").replace("notice-", "")).append(' ')
                    .append(String.format("%.1f", e.getValue())).append(", ");
            total += e.getValue();
        }
        return b.append(String.format("total %.1f", total)).toString();
    }

    static String ms(Histogram h, double percentile) {
        return ms(h.getValueAtPercentile(percentile));
    }

    static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format("%.1f s", nanos / 1e9) : String.format("%.1f ms", nanos / 1e6);
    }
}
