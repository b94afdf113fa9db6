package se.bokvar.bench.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Cli;
import se.bokvar.bench.common.Tokens;

/**
 * {@code ./bokvar bench intake}: the intake's throughput and latency on a running stack, with real tokens
 * (Keycloak: the landlord client's client-credentials grant, a caseworker's password grant).
 * <ol>
 * <li><b>Sustained intake</b>: for each of {@code --rates}, {@code --duration} seconds of complete termination
 * notices at that fixed arrival rate, open loop (notice i is due at {@code start + i / rate} whatever happened to the
 * earlier ones; latency is measured from the due time, so neither a slow answer nor a full connection pool hides
 * latency), into an HdrHistogram; errors by kind. Between rates the benchmark waits until every notice is a case, so
 * each rate starts from an idle stack. A rate is <i>held</i> when every notice got a 201, the answers kept up with
 * the offered rate (at least 97 %) and p99 stayed within {@code --p99-target}. The highest held rate is the result.</li>
 * <li><b>End to end</b> at {@code --e2e-rate} for {@code --e2e-seconds}: per notice, from its due time (the POST) until
 * its case is visible: committed in case-service's database, which is what the inbox query reads (no cache, no
 * projection in between). Seen by polling {@code case_notice} every 100 ms for the oldest 1,000 notices not yet
 * seen. Meanwhile a caseworker (anna, board Nordost) polls the real inbox API every 500 ms (its latency is
 * reported), and at the end the benchmark pages through her inbox until every case of the phase was found there.</li>
 * <li><b>Burst</b>: {@code --burst} notices as {@code --batch-size} batches (POST /api/v1/notices/batch, a large
 * landlord's monthly file), {@code --batch-concurrency} at a time: time until all are answered, and until all are
 * cases.</li>
 * <li><b>Household</b> ({@code --household N}, off by default): N notices for one household (one tenant, one flat) in
 * chunks of 100, 4 in flight, each chunk until its notices are cases: the CPU per notice of each part per chunk, the
 * last chunk's over the first's (case-service and the whole stack; target at most 1.2), and that all are on one case.
 * Then a flood of N more for the household, 16 in flight, while other buildings' notices arrive at
 * {@code --household-others-rate} per second (open loop) until the flood is cases: the flood's answers (a 429 is shed,
 * not an error) and the others' POST -> case latency.</li>
 * <li><b>Baseline</b>: the intake's transaction without the service (INSERT notice + INSERT outbox row) with pgbench
 * on the same PostgreSQL server and the same number of clients; the ratio of the highest held intake rate to it.</li>
 * <li>Optionally ({@code --ceiling-count}) a closed-loop run as fast as {@code --concurrency} clients go.</li>
 * </ol>
 * With {@code --stored N}, before the warm-up, case-service's database gets N seeded cases (the inbox benchmark's seed)
 * and the intake's N stored notices ({@link IntakeSeed}), so that the same run measures against full databases.
 * With every phase: the load average and, on Linux, the CPU time each part of the stack used per notice.
 */
public final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        return Cli.run(args, IntakeOptions.HELP, IntakeOptions::parse, IntakeBenchmark::execute);
    }

    static int execute(IntakeOptions o) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        HttpClient http = BenchHttp.client(callbacks, Duration.ofSeconds(5));
        try {
            Tokens tokens = Tokens.clientCredentials(http, Tokens.tokenUrl(o.keycloak()), o.clientId(), o.clientSecret());
            tokens.get();
            String runId = Long.toString(System.currentTimeMillis(), 36);
            NoticeGenerator notices = new NoticeGenerator(runId, 42, LocalDate.now(ZoneId.of("Europe/Stockholm")));
            IntakeLoad load = new IntakeLoad(http, tokens, notices, o);
            StackCpu cpu = stackCpu(o);
            printSetup(o, cpu);
            if (o.stored() > 0) {
                StoredPhase.run(o);
            }
            // the services' memory under the load, sampled twice a second for the whole run
            java.util.concurrent.ScheduledExecutorService rss = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rss-sampler");
                t.setDaemon(true);
                return t;
            });
            rss.scheduleAtFixedRate(cpu::sampleRss, 0, 500, java.util.concurrent.TimeUnit.MILLISECONDS);

            warmUp(load);
            List<Step> steps = SustainedPhase.run(load, cpu);
            E2e e2e = o.e2eSeconds() > 0 ? EndToEndPhase.run(load, cpu) : null;
            Burst burst = o.burst() > 0 ? BurstPhase.run(load, cpu) : null;
            Household household = o.household() > 0 ? HouseholdPhase.run(load, notices, cpu) : null;
            Step best = steps.stream().filter(Step::held).reduce((a, b) -> b).orElse(null);
            Baseline baseline = o.baseline()
                    ? BaselinePhase.run(o.withRate(best != null ? best.load().rate() : o.rates().get(0)),
                            notices.termination(Integer.MAX_VALUE))
                    : null;
            Ceiling ceiling = o.ceilingCount() > 0 ? CeilingPhase.run(load, o.ceilingCount()) : null;

            rss.shutdownNow();
            IntakeReport.printTable(o, steps, e2e, burst, household, baseline, ceiling, cpu.maxRssMiB());
            boolean ok = steps.stream().allMatch(s -> s.drained() && s.load().errors().isEmpty())
                    && (e2e == null || (e2e.seen() == e2e.load().created() && e2e.load().errors().isEmpty()))
                    && (burst == null || burst.complete())
                    && (household == null || household.ok());
            return ok ? 0 : 1;
        } finally {
            callbacks.shutdownNow();
        }
    }

    /** The stack's processes, for the CPU each part uses per notice. */
    private static StackCpu stackCpu(IntakeOptions o) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        servicePorts.put("notice-intake-service", URI.create(o.intake()).getPort());
        servicePorts.put("case-service", URI.create(o.cases()).getPort());
        servicePorts.put("consent-service", URI.create(o.cases()).getPort() + 1);
        servicePorts.put("kronofogden-adapter", URI.create(o.cases()).getPort() + 2);
        return StackCpu.find(servicePorts, o.pgPort(), o.kafkaPort());
    }

    private static void printSetup(IntakeOptions o, StackCpu cpu) {
        System.out.printf("bokvar intake benchmark: rates %s/s for %d s each (open loop), at most %d in flight; end to end %.0f/s"
                + " for %d s; burst %d; household %d; stored %d; intake %s, case-service %s, Keycloak %s, PostgreSQL"
                + " 127.0.0.1:%d; %d cores, load average %.1f%n", o.rates().stream().map(r -> String.format("%.0f", r)).toList(),
                o.durationSeconds(), o.concurrency(), o.e2eRate(), o.e2eSeconds(), o.burst(), o.household(), o.stored(),
                o.intake(), o.cases(), o.keycloak(), o.pgPort(), Runtime.getRuntime().availableProcessors(),
                StackCpu.loadAverage());
        System.out.printf("CPU accounting (ms of CPU per notice): %s%n", cpu.parts().isEmpty() ? "not available (no /proc"
                + " or no processes found)" : cpu.parts().stream().map(p -> p.name() + " " + p.pids()).toList());
    }

    /** {@code --warmup} notices at the lowest rate, not measured; then until they are cases. */
    private static void warmUp(IntakeLoad load) throws Exception {
        IntakeOptions o = load.options();
        if (o.warmup() > 0) {
            LoadResult w = load.load(o.rates().get(0), o.warmup(), null);
            Drain.drain(o, w.noticeIds(), w.lastAnswerNanos());
            System.out.printf("%nWarm-up: %d notices at %.0f/s, %d created%n", o.warmup(), o.rates().get(0), w.created());
        }
    }
}
