package se.bokvar.bench.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * <li><b>Baseline</b>: the intake's transaction without the service (INSERT notice + INSERT outbox row) with pgbench
 * on the same PostgreSQL server and the same number of clients; the ratio of the highest held intake rate to it.</li>
 * <li>Optionally ({@code --ceiling-count}) a closed-loop run as fast as {@code --concurrency} clients go.</li>
 * </ol>
 * With every phase: the load average and, on Linux, the CPU time each part of the stack used per notice.
 */
public final class IntakeBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TERMINATION = "TERMINATION_UNPAID_RENT";

    /** Options; every one has a default that fits {@code ./bokvar up}. */
    record Options(List<Double> rates, int durationSeconds, double p99TargetMs, boolean allRates, double e2eRate,
            int e2eSeconds, int burst, int batchSize, int batchConcurrency, int concurrency, int warmup, String keycloak,
            String intake, String cases, int pgPort, int kafkaPort, String clientId, String clientSecret, String caseworker,
            String caseworkerPassword, int baselineSeconds, int drainTimeoutSeconds, boolean baseline, int ceilingCount,
            boolean inboxCheck, double rate) {

        /** The same options with another rate for the throttled baseline run. */
        Options withRate(double r) {
            return new Options(rates, durationSeconds, p99TargetMs, allRates, e2eRate, e2eSeconds, burst, batchSize,
                    batchConcurrency, concurrency, warmup, keycloak, intake, cases, pgPort, kafkaPort, clientId, clientSecret,
                    caseworker, caseworkerPassword, baselineSeconds, drainTimeoutSeconds, baseline, ceilingCount, inboxCheck, r);
        }

        static Options parse(String[] args) {
            List<Double> rates = List.of(50.0, 100.0, 150.0, 200.0, 300.0, 400.0);
            int duration = 60;
            Integer count = null;
            double p99Target = 50;
            boolean allRates = false;
            double e2eRate = 200;
            int e2eSeconds = 60;
            int burst = 10_000;
            int batchSize = 1000;
            int batchConcurrency = 2;
            int concurrency = 64;
            int warmup = 500;
            int offset = 0;
            String keycloak = null;
            String intake = null;
            String cases = null;
            Integer pgPort = null;
            Integer kafkaPort = null;
            String client = "landlord-hemma";
            String secret = "hemma-demo-secret";
            String caseworker = "anna";
            String caseworkerPassword = "demo";
            int baselineSeconds = 15;
            int drainTimeout = 900;
            boolean baseline = true;
            int ceiling = 0;
            boolean inboxCheck = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--rates" -> rates = Arrays.stream(value(args, ++i, a).split(",")).map(String::strip)
                            .map(Double::parseDouble).sorted().toList();
                    case "--rate" -> rates = List.of(Double.parseDouble(value(args, ++i, a)));
                    case "--duration" -> duration = Integer.parseInt(value(args, ++i, a));
                    case "--count" -> count = Integer.parseInt(value(args, ++i, a));
                    case "--p99-target" -> p99Target = Double.parseDouble(value(args, ++i, a));
                    case "--all-rates" -> allRates = true;
                    case "--e2e-rate" -> e2eRate = Double.parseDouble(value(args, ++i, a));
                    case "--e2e-seconds" -> e2eSeconds = Integer.parseInt(value(args, ++i, a));
                    case "--burst" -> burst = Integer.parseInt(value(args, ++i, a));
                    case "--batch-size" -> batchSize = Integer.parseInt(value(args, ++i, a));
                    case "--batch-concurrency" -> batchConcurrency = Integer.parseInt(value(args, ++i, a));
                    case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, a));
                    case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
                    case "--port-offset" -> offset = Integer.parseInt(value(args, ++i, a));
                    case "--keycloak" -> keycloak = value(args, ++i, a);
                    case "--intake" -> intake = value(args, ++i, a);
                    case "--cases" -> cases = value(args, ++i, a);
                    case "--pg-port" -> pgPort = Integer.parseInt(value(args, ++i, a));
                    case "--kafka-port" -> kafkaPort = Integer.parseInt(value(args, ++i, a));
                    case "--client" -> client = value(args, ++i, a);
                    case "--secret" -> secret = value(args, ++i, a);
                    case "--caseworker" -> caseworker = value(args, ++i, a);
                    case "--caseworker-password" -> caseworkerPassword = value(args, ++i, a);
                    case "--baseline-seconds" -> baselineSeconds = Integer.parseInt(value(args, ++i, a));
                    case "--drain-timeout", "--e2e-timeout" -> drainTimeout = Integer.parseInt(value(args, ++i, a));
                    case "--no-baseline" -> baseline = false;
                    case "--no-inbox-check" -> inboxCheck = false;
                    case "--ceiling-count" -> ceiling = Integer.parseInt(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench intake --help)");
                }
            }
            if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
                throw new IllegalArgumentException("--rates must be positive");
            }
            if (count != null) {
                duration = (int) Math.max(1, Math.round(count / rates.get(0)));
            }
            if (duration <= 0 || concurrency <= 0 || warmup < 0 || e2eRate <= 0 || e2eSeconds < 0 || burst < 0
                    || batchSize <= 0 || batchSize > 1000 || batchConcurrency <= 0) {
                throw new IllegalArgumentException("--duration, --concurrency, --e2e-rate, --batch-size (at most 1000) and"
                        + " --batch-concurrency must be positive; --warmup, --e2e-seconds and --burst not negative");
            }
            return new Options(rates, duration, p99Target, allRates, e2eRate, e2eSeconds, burst, batchSize, batchConcurrency,
                    concurrency, warmup,
                    keycloak != null ? keycloak : "http://127.0.0.1:" + (18080 + offset),
                    intake != null ? intake : "http://127.0.0.1:" + (18081 + offset),
                    cases != null ? cases : "http://127.0.0.1:" + (18082 + offset),
                    pgPort != null ? pgPort : 15432 + offset, kafkaPort != null ? kafkaPort : 19092 + offset, client, secret,
                    caseworker, caseworkerPassword, baselineSeconds, drainTimeout, baseline, ceiling, inboxCheck, rates.get(0));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    static final String HELP = """
            Usage: ./bokvar bench intake [options]       (needs a running ./bokvar up)

            Sustained intake (open loop, fixed arrival rates, real landlord token)
              --rates R1,R2,...    arrival rates per second, ascending                   default 50,100,150,200,300,400
              --duration S         seconds per rate                                      default 60
              --p99-target MS      a rate is held if all 201, >= 97 % of it answered, p99 <= this   default 50
              --all-rates          go on after the first rate not held (default: stop there)
              --rate R             one rate only (same as --rates R); --count N: N notices instead of --duration
              --concurrency C      most requests in flight (and pgbench clients)         default 64
              --warmup W           notices first at the lowest rate, not measured        default 500
            End to end (POST -> case visible to the caseworker inbox)
              --e2e-rate R         steady arrival rate                                   default 200
              --e2e-seconds S      how long (0 skips the phase)                          default 60
              --caseworker U --caseworker-password P   inbox probe (password grant)      default anna / demo
              --no-inbox-check     skip paging the inbox for every case at the end
            Burst (a large landlord's monthly batch)
              --burst N            notices (0 skips)                                     default 10000
              --batch-size B       notices per POST /api/v1/notices/batch (max 1000)     default 1000
              --batch-concurrency K  batch requests in flight                            default 2
            Baseline and the rest
              --baseline-seconds S length of each pgbench run                            default 15
              --no-baseline        skip pgbench
              --ceiling-count K    also K notices closed loop, as fast as C clients go   default 0 (skipped)
              --drain-timeout S    how long to wait for all notices to become cases      default 900
              --port-offset P      the stack was started with --port-offset P            default 0
              --keycloak URL --intake URL --cases URL --pg-port PORT --kafka-port PORT   explicit addresses
              --client ID --secret S   landlord client (client credentials)             default landlord-hemma
            """;

    private IntakeBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(HELP);
                return 0;
            }
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(HELP);
            return 2;
        }
        return new IntakeBenchmark().execute(o);
    }

    /** A token, fetched again before it expires. */
    static final class Tokens {
        private final HttpClient http;
        private final String tokenUrl;
        private final String form;
        private volatile String token;
        private volatile long expiresAtNanos;

        Tokens(HttpClient http, String tokenUrl, String form) {
            this.http = http;
            this.tokenUrl = tokenUrl;
            this.form = form;
        }

        static Tokens client(HttpClient http, Options o) {
            return new Tokens(http, o.keycloak() + "/realms/bokvar/protocol/openid-connect/token", "grant_type=client_credentials"
                    + "&client_id=" + enc(o.clientId()) + "&client_secret=" + enc(o.clientSecret()));
        }

        static Tokens caseworker(HttpClient http, Options o) {
            return new Tokens(http, o.keycloak() + "/realms/bokvar/protocol/openid-connect/token", "grant_type=password"
                    + "&client_id=bokvar-cli&username=" + enc(o.caseworker()) + "&password=" + enc(o.caseworkerPassword()));
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        synchronized String get() throws IOException, InterruptedException {
            if (token == null || System.nanoTime() > expiresAtNanos) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("Keycloak answered " + r.statusCode() + " for the token (" + form.replaceAll("(secret|password)=[^&]*", "$1=...") + ")");
                }
                JsonNode body = JSON.readTree(r.body());
                token = body.path("access_token").asText();
                long lifetime = body.path("expires_in").asLong(60);
                expiresAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, lifetime - 30));
            }
            return token;
        }
    }

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

    /** One sustained rate: the load, the drain, the CPU it cost, whether it was held. */
    record Step(LoadResult load, double drainSeconds, boolean drained, Map<String, Double> cpuMsPerNotice, double loadAverage,
            boolean held) {
    }

    record E2e(LoadResult load, Histogram visible, int seen, double lastSeenAfterLastAnswer, Histogram inbox, int inboxCalls,
            Map<String, Integer> inboxErrors, int inboxFound, int inboxCases, Map<String, Double> cpuMsPerNotice,
            double loadAverage) {
    }

    record Burst(int notices, int received, Map<String, Integer> errors, double answeredSeconds, double allCasesSeconds,
            boolean complete, Map<String, Double> cpuMsPerNotice, double loadAverage) {
    }

    record Baseline(String tool, double maxTps, Histogram atRate, double rateTps) {
    }

    record Ceiling(int created, int sent, double seconds, Histogram latency) {
        double throughput() {
            return created / seconds;
        }
    }

    private final AtomicInteger nextIndex = new AtomicInteger();

    int execute(Options o) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            Tokens tokens = Tokens.client(http, o);
            tokens.get();
            String runId = Long.toString(System.currentTimeMillis(), 36);
            NoticeGenerator notices = new NoticeGenerator(runId, 42, LocalDate.now(ZoneId.of("Europe/Stockholm")));
            Map<String, Integer> servicePorts = new LinkedHashMap<>();
            servicePorts.put("notice-intake-service", URI.create(o.intake()).getPort());
            servicePorts.put("case-service", URI.create(o.cases()).getPort());
            servicePorts.put("consent-service", URI.create(o.cases()).getPort() + 1);
            servicePorts.put("kronofogden-adapter", URI.create(o.cases()).getPort() + 2);
            StackCpu cpu = StackCpu.find(servicePorts, o.pgPort(), o.kafkaPort());
            System.out.printf("bokvar intake benchmark: rates %s/s for %d s each (open loop), at most %d in flight; end to end %.0f/s"
                    + " for %d s; burst %d; intake %s, case-service %s, Keycloak %s, PostgreSQL 127.0.0.1:%d; %d cores, load"
                    + " average %.1f%n", o.rates().stream().map(r -> String.format("%.0f", r)).toList(), o.durationSeconds(),
                    o.concurrency(), o.e2eRate(), o.e2eSeconds(), o.burst(), o.intake(), o.cases(), o.keycloak(), o.pgPort(),
                    Runtime.getRuntime().availableProcessors(), StackCpu.loadAverage());
            System.out.printf("CPU accounting (ms of CPU per notice): %s%n", cpu.parts().isEmpty() ? "not available (no /proc"
                    + " or no processes found)" : cpu.parts().stream().map(p -> p.name() + " " + p.pids()).toList());
            if (o.warmup() > 0) {
                LoadResult w = load(http, tokens, notices, o, o.rates().get(0), o.warmup(), null);
                drain(o, w.noticeIds(), w.lastAnswerNanos());
                System.out.printf("%nWarm-up: %d notices at %.0f/s, %d created%n", o.warmup(), o.rates().get(0), w.created());
            }
            List<Step> steps = sustained(http, tokens, notices, o, cpu);
            E2e e2e = o.e2eSeconds() > 0 ? endToEnd(http, tokens, notices, o, cpu) : null;
            Burst burst = o.burst() > 0 ? burst(http, tokens, notices, o, cpu) : null;
            Step best = steps.stream().filter(Step::held).reduce((a, b) -> b).orElse(null);
            Baseline baseline = o.baseline()
                    ? baseline(o.withRate(best != null ? best.load().rate() : o.rates().get(0)), notices.termination(Integer.MAX_VALUE))
                    : null;
            Ceiling ceiling = o.ceilingCount() > 0 ? ceiling(http, tokens, o, notices, o.ceilingCount()) : null;
            printTable(o, steps, e2e, burst, baseline, ceiling);
            boolean ok = steps.stream().allMatch(s -> s.drained() && s.load().errors().isEmpty())
                    && (e2e == null || (e2e.seen() == e2e.load().created() && e2e.load().errors().isEmpty()))
                    && (burst == null || burst.complete());
            return ok ? 0 : 1;
        } finally {
            callbacks.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------- sustained rates

    List<Step> sustained(HttpClient http, Tokens tokens, NoticeGenerator notices, Options o, StackCpu cpu) throws Exception {
        List<Step> steps = new ArrayList<>();
        System.out.printf("%nSustained intake (POST /api/v1/notices/termination-unpaid-rent, %d s per rate; latency from the due"
                + " time; after each rate the benchmark waits until every notice is a case)%n", o.durationSeconds());
        for (double rate : o.rates()) {
            double loadAverage = StackCpu.loadAverage();
            Map<String, Double> before = cpu.snapshot();
            LoadResult r = load(http, tokens, notices, o, rate, (int) Math.round(rate * o.durationSeconds()), null);
            double drained = drain(o, r.noticeIds(), r.lastAnswerNanos());
            Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
            boolean held = r.errors().isEmpty() && r.throughput() >= 0.97 * rate
                    && r.latency().getValueAtPercentile(99) <= o.p99TargetMs() * 1e6;
            Step s = new Step(r, Math.max(0, drained), drained >= 0, perNotice(used, r.created()), loadAverage, held);
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

    static Map<String, Double> perNotice(Map<String, Double> cpuSeconds, int notices) {
        Map<String, Double> m = new LinkedHashMap<>();
        cpuSeconds.forEach((k, v) -> m.put(k, notices == 0 ? 0 : v * 1000 / notices));
        return m;
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

    /**
     * Sends {@code n} notices at {@code rate}, open loop.
     *
     * @param onCreated called with the notice id and its due time (System.nanoTime) for every 201
     */
    LoadResult load(HttpClient http, Tokens tokens, NoticeGenerator notices, Options o, double rate, int n,
            BiConsumer<String, Long> onCreated) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        Semaphore inFlight = new Semaphore(o.concurrency());
        CountDownLatch done = new CountDownLatch(n);
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>(n));
        AtomicInteger created = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = notices.termination(nextIndex.getAndIncrement());
            inFlight.acquire(); // waiting here counts: latency is measured from the due time
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + tokens.get())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latency.recordValue(Math.max(0, now - due));
                lastAnswer.accumulateAndGet(now, Math::max);
                inFlight.release();
                if (failure != null) {
                    errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                } else if (response.statusCode() == 201) {
                    created.incrementAndGet();
                    int at = response.body().indexOf("\"noticeId\":\"");
                    if (at >= 0) {
                        String id = response.body().substring(at + 12, at + 48);
                        ids.add(id);
                        if (onCreated != null) {
                            onCreated.accept(id, due);
                        }
                    }
                } else {
                    errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                }
                done.countDown();
            });
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            errors.merge("no answer within 10 minutes", (int) done.getCount(), Integer::sum);
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new LoadResult(rate, n, created.get(), new TreeMap<>(errors), latency, Math.max(seconds, n / rate), List.copyOf(ids),
                lastAnswer.get());
    }

    private String casesUrl(Options o) {
        return "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_cases?user=postgres";
    }

    /**
     * Waits until every notice is a case (bokvar_cases.case_notice).
     *
     * @return seconds after {@code sinceNanos} when the last became one (to the poll's 200 ms), or -1 on timeout
     */
    double drain(Options o, List<String> noticeIds, long sinceNanos) throws SQLException, InterruptedException {
        if (noticeIds.isEmpty()) {
            return 0;
        }
        // only the notices not seen yet are looked up again, so a long drain does not load the database it measures
        Set<String> remaining = new HashSet<>(noticeIds);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainTimeoutSeconds());
        try (Connection c = DriverManager.getConnection(casesUrl(o));
                PreparedStatement ps = c.prepareStatement("select id::text from case_notice where id = any(?)")) {
            while (System.nanoTime() < deadline) {
                ps.setArray(1, c.createArrayOf("uuid", remaining.stream().map(UUID::fromString).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        remaining.remove(rs.getString(1));
                    }
                }
                if (remaining.isEmpty()) {
                    return (System.nanoTime() - sinceNanos) / 1e9;
                }
                Thread.sleep(200);
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------- end to end

    /** Notices answered 201 and not yet seen as cases: id -> due time; seen ones go into the histogram. */
    static final class Visibility implements AutoCloseable {
        /** The oldest notices not seen yet that one poll looks up (cases are made roughly in arrival order). */
        static final int WINDOW = 1000;
        private final ConcurrentSkipListMap<Long, String> pendingByDue = new ConcurrentSkipListMap<>();
        private final Histogram visible = new ConcurrentHistogram(TimeUnit.HOURS.toNanos(1), 3);
        private final AtomicInteger seen = new AtomicInteger();
        private final AtomicLong lastSeen = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Connection connection;
        private final Thread poller;

        Visibility(String url) throws SQLException {
            connection = DriverManager.getConnection(url);
            poller = new Thread(this::poll, "e2e-visibility");
            poller.setDaemon(true);
            poller.start();
        }

        void sent(String id, long dueNanos) {
            long key = dueNanos;
            while (pendingByDue.putIfAbsent(key, id) != null) {
                key++;
            }
        }

        int pending() {
            return pendingByDue.size();
        }

        private void poll() {
            try (PreparedStatement ps = connection.prepareStatement("select id::text from case_notice where id = any(?)")) {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    Map<String, Long> window = new LinkedHashMap<>();
                    for (Map.Entry<Long, String> e : pendingByDue.entrySet()) {
                        window.put(e.getValue(), e.getKey());
                        if (window.size() >= WINDOW) {
                            break;
                        }
                    }
                    if (!window.isEmpty()) {
                        ps.setArray(1, connection.createArrayOf("uuid", window.keySet().stream().map(UUID::fromString).toArray()));
                        try (ResultSet rs = ps.executeQuery()) {
                            long now = System.nanoTime();
                            while (rs.next()) {
                                String id = rs.getString(1);
                                Long due = window.get(id);
                                if (due != null && pendingByDue.remove(due, id)) {
                                    visible.recordValue(Math.max(0, now - due));
                                    seen.incrementAndGet();
                                    lastSeen.set(now);
                                }
                            }
                        }
                    }
                    long sleep = TimeUnit.MILLISECONDS.toNanos(100) - (System.nanoTime() - t0);
                    if (sleep > 0) {
                        LockSupport.parkNanos(sleep);
                    }
                }
            } catch (SQLException e) {
                System.err.println("e2e visibility poll failed: " + e.getMessage());
            }
        }

        @Override
        public void close() throws SQLException {
            running.set(false);
            try {
                poller.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            connection.close();
        }
    }

    E2e endToEnd(HttpClient http, Tokens tokens, NoticeGenerator notices, Options o, StackCpu cpu) throws Exception {
        Tokens caseworker = Tokens.caseworker(http, o);
        caseworker.get();
        Histogram inbox = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        Map<String, Integer> inboxErrors = new ConcurrentHashMap<>();
        AtomicInteger inboxCalls = new AtomicInteger();
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            URI uri = URI.create(o.cases() + "/api/v1/inbox?limit=50");
            while (probing.get()) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + caseworker.get())
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    inbox.recordValue(System.nanoTime() - t0);
                    inboxCalls.incrementAndGet();
                    if (r.statusCode() != 200) {
                        inboxErrors.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                    }
                } catch (IOException e) {
                    inboxErrors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500) - Math.min(TimeUnit.MILLISECONDS.toNanos(500), System.nanoTime() - t0));
            }
        }, "inbox-probe");
        probe.setDaemon(true);
        double loadAverage = StackCpu.loadAverage();
        Map<String, Double> before = cpu.snapshot();
        LoadResult r;
        double lastAfter;
        int seen;
        Histogram visible;
        try (Visibility v = new Visibility(casesUrl(o))) {
            probe.start();
            r = load(http, tokens, notices, o, o.e2eRate(), (int) Math.round(o.e2eRate() * o.e2eSeconds()), v::sent);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainTimeoutSeconds());
            while (v.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            probing.set(false);
            seen = v.seen.get();
            lastAfter = (v.lastSeen.get() - r.lastAnswerNanos()) / 1e9;
            visible = v.visible;
        }
        probe.join(35_000);
        Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
        int[] found = o.inboxCheck() ? inboxCheck(http, caseworker, o, r.noticeIds()) : new int[] { -1, -1 };
        E2e e = new E2e(r, visible, seen, Math.max(0, lastAfter), inbox, inboxCalls.get(), new TreeMap<>(inboxErrors), found[0], found[1],
                perNotice(used, r.created()), loadAverage);
        System.out.printf("%nEnd to end at %.0f/s for %d s (POST due time -> case visible: committed in bokvar_cases, which the inbox"
                + " query reads; polled every 100 ms)%n", o.e2eRate(), o.e2eSeconds());
        System.out.printf("  intake: %.1f/s answered, p50 %s  p99 %s, errors %s; load %.1f%n", r.throughput(), ms(r.latency(), 50),
                ms(r.latency(), 99), r.errors().isEmpty() ? "none" : r.errors(), loadAverage);
        System.out.printf("  %d of %d are cases; POST -> case visible: p50 %s  p95 %s  p99 %s  max %s; the last %.1f s after the"
                + " last answer%n", seen, r.created(), ms(visible, 50), ms(visible, 95), ms(visible, 99), ms(visible.getMaxValue()),
                e.lastSeenAfterLastAnswer());
        System.out.printf("  inbox probe (GET /api/v1/inbox?limit=50 as %s, every 500 ms): %d calls, p50 %s  p99 %s, errors %s%n",
                o.caseworker(), inboxCalls.get(), ms(inbox, 50), ms(inbox, 99), inboxErrors.isEmpty() ? "none" : inboxErrors);
        if (found[1] >= 0) {
            System.out.printf("  inbox check: %d of the phase's %d cases found in %s's inbox%n", found[0], found[1], o.caseworker());
        }
        System.out.printf("    CPU ms/notice %s%n", format(e.cpuMsPerNotice()));
        return e;
    }

    /** Pages through the caseworker's inbox until every case of these notices was found; {found, cases}. */
    int[] inboxCheck(HttpClient http, Tokens caseworker, Options o, List<String> noticeIds) throws Exception {
        Set<String> cases = new HashSet<>();
        try (Connection c = DriverManager.getConnection(casesUrl(o));
                PreparedStatement ps = c.prepareStatement("select distinct case_id::text from case_notice where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", noticeIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
        }
        int total = cases.size();
        for (int offset = 0; offset <= 100_000 && !cases.isEmpty(); offset += 200) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o.cases() + "/api/v1/inbox?limit=200&offset=" + offset))
                    .header("Authorization", "Bearer " + caseworker.get()).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                System.out.printf("  inbox check: HTTP %d at offset %d%n", r.statusCode(), offset);
                break;
            }
            JsonNode items = JSON.readTree(r.body()).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> cases.remove(item.path("id").asText()));
        }
        return new int[] { total - cases.size(), total };
    }

    // ------------------------------------------------------------------------------------------- burst

    Burst burst(HttpClient http, Tokens tokens, NoticeGenerator notices, Options o, StackCpu cpu) throws Exception {
        int batches = (o.burst() + o.batchSize() - 1) / o.batchSize();
        List<String> bodies = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder("{\"notices\":[");
            int size = Math.min(o.batchSize(), o.burst() - b * o.batchSize());
            for (int i = 0; i < size; i++) {
                body.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(TERMINATION).append("\",\"notice\":")
                        .append(notices.termination(nextIndex.getAndIncrement())).append('}');
            }
            bodies.add(body.append("]}").toString());
        }
        double loadAverage = StackCpu.loadAverage();
        Map<String, Double> before = cpu.snapshot();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>(o.burst()));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(o.batchConcurrency());
        CountDownLatch done = new CountDownLatch(batches);
        URI uri = URI.create(o.intake() + "/api/v1/notices/batch");
        long start = System.nanoTime();
        for (String body : bodies) {
            inFlight.acquire();
            http.sendAsync(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get())
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        try {
                            if (failure != null) {
                                errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                            } else if (response.statusCode() != 200) {
                                errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                            } else {
                                for (JsonNode item : JSON.readTree(response.body()).path("results")) {
                                    if ("RECEIVED".equals(item.path("outcome").asText())) {
                                        ids.add(item.path("receipt").path("noticeId").asText());
                                    } else {
                                        errors.merge("item " + item.path("outcome").asText(), 1, Integer::sum);
                                    }
                                }
                            }
                        } catch (IOException e) {
                            errors.merge("unreadable answer", 1, Integer::sum);
                        } finally {
                            inFlight.release();
                            done.countDown();
                        }
                    });
        }
        done.await(10, TimeUnit.MINUTES);
        double answered = (System.nanoTime() - start) / 1e9;
        double drained = drain(o, List.copyOf(ids), start);
        Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
        boolean complete = drained >= 0 && ids.size() == o.burst();
        Burst b = new Burst(o.burst(), ids.size(), new TreeMap<>(errors), answered, drained, complete, perNotice(used, ids.size()),
                loadAverage);
        System.out.printf("%nBurst: %d notices in %d batches of %d (POST /api/v1/notices/batch), %d in flight; load %.1f%n",
                o.burst(), batches, o.batchSize(), o.batchConcurrency(), loadAverage);
        System.out.printf("  %d received, errors %s; all answered after %.1f s; all cases after %s%n", ids.size(),
                errors.isEmpty() ? "none" : errors, answered, drained >= 0 ? String.format("%.1f s", drained) : "NOT ALL (timed out)");
        System.out.printf("    CPU ms/notice %s%n", format(b.cpuMsPerNotice()));
        return b;
    }

    // ------------------------------------------------------------------------------------------- baseline, ceiling

    /** The same transaction without the service: a notice row and an outbox row, on the same server. */
    Baseline baseline(Options o, String sampleNotice) throws Exception {
        String superuser = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/postgres?user=postgres";
        try (Connection c = DriverManager.getConnection(superuser); var s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'bokvar_bench'")) {
                if (!rs.next()) {
                    s.execute("create database bokvar_bench");
                }
            }
        }
        String benchUrl = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_bench?user=postgres";
        try (Connection c = DriverManager.getConnection(benchUrl); var s = c.createStatement()) {
            s.execute(BaselineSql.SCHEMA);
        }
        String payload = BaselineSql.payload(sampleNotice);
        java.nio.file.Path pgbench = java.nio.file.Path.of("/usr/bin/pgbench");
        System.out.printf("%nBaseline: the intake's transaction without the service (INSERT notice + INSERT outbox row, same"
                + " columns and indexes), database bokvar_bench on the same server; load %.1f%n", StackCpu.loadAverage());
        if (java.nio.file.Files.isExecutable(pgbench)) {
            return new Pgbench(pgbench, o, payload).run();
        }
        System.out.println("  pgbench not found: JDBC baseline instead (apt-get install postgresql-client for pgbench)");
        return new JdbcBaseline(benchUrl, o, payload).run();
    }

    /** Closed loop: C clients each send their next notice as soon as the previous one is answered. */
    Ceiling ceiling(HttpClient http, Tokens tokens, Options o, NoticeGenerator notices, int n) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        ExecutorService clients = Executors.newFixedThreadPool(o.concurrency());
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int c = 0; c < o.concurrency(); c++) {
            running.add(clients.submit(() -> {
                while (next.getAndIncrement() < n) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + tokens.get()).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(notices.termination(nextIndex.getAndIncrement()))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    latency.recordValue(System.nanoTime() - t0);
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        Ceiling ceiling = new Ceiling(created.get(), n, (System.nanoTime() - start) / 1e9, latency);
        System.out.printf("%nIntake ceiling: %d notices closed loop with %d clients (cases are created meanwhile)%n", n, o.concurrency());
        System.out.printf("  created %d of %d, %.1f notices/s; latency p50 %s  p99 %s%n", ceiling.created(), n,
                ceiling.throughput(), ms(latency, 50), ms(latency, 99));
        return ceiling;
    }

    // ------------------------------------------------------------------------------------------- the table

    static void printTable(Options o, List<Step> steps, E2e e2e, Burst burst, Baseline b, Ceiling c) {
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
    }

    static String ms(Histogram h, double percentile) {
        return ms(h.getValueAtPercentile(percentile));
    }

    static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format("%.1f s", nanos / 1e9) : String.format("%.1f ms", nanos / 1e6);
    }
}
