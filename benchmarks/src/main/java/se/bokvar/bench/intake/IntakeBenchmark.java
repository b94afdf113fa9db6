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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./bokvar bench intake}: posts N termination notices with a real landlord token (Keycloak, client
 * credentials) to the running notice-intake-service at a fixed arrival rate. Open loop: request i is due at
 * {@code start + i / rate} whatever happened to earlier ones, and its latency is measured from that due time, so a
 * slow answer (or a full connection pool) cannot hide latency. Then it waits until every accepted notice is a case
 * (case-service's database, {@code case_notice}), and runs a raw-insert baseline (pgbench, or JDBC when pgbench is
 * missing) with the same transaction shape on the same PostgreSQL server, and prints the ratios.
 */
public final class IntakeBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Options; every one has a default that fits {@code ./bokvar up}. */
    record Options(double rate, int count, int concurrency, int warmup, String keycloak, String intake, int pgPort,
            String clientId, String clientSecret, int baselineSeconds, int e2eTimeoutSeconds, boolean baseline,
            int ceilingCount) {

        static Options parse(String[] args) {
            double rate = 200;
            int count = 10_000;
            int concurrency = 64;
            int warmup = 500;
            int offset = 0;
            String keycloak = null;
            String intake = null;
            Integer pgPort = null;
            String client = "landlord-hemma";
            String secret = "hemma-demo-secret";
            int baselineSeconds = 15;
            int e2eTimeout = 600;
            boolean baseline = true;
            int ceiling = 3000;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--rate" -> rate = Double.parseDouble(value(args, ++i, a));
                    case "--count" -> count = Integer.parseInt(value(args, ++i, a));
                    case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, a));
                    case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
                    case "--port-offset" -> offset = Integer.parseInt(value(args, ++i, a));
                    case "--keycloak" -> keycloak = value(args, ++i, a);
                    case "--intake" -> intake = value(args, ++i, a);
                    case "--pg-port" -> pgPort = Integer.parseInt(value(args, ++i, a));
                    case "--client" -> client = value(args, ++i, a);
                    case "--secret" -> secret = value(args, ++i, a);
                    case "--baseline-seconds" -> baselineSeconds = Integer.parseInt(value(args, ++i, a));
                    case "--e2e-timeout" -> e2eTimeout = Integer.parseInt(value(args, ++i, a));
                    case "--no-baseline" -> baseline = false;
                    case "--ceiling-count" -> ceiling = Integer.parseInt(value(args, ++i, a));
                    default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench intake --help)");
                }
            }
            if (rate <= 0 || count <= 0 || concurrency <= 0 || warmup < 0) {
                throw new IllegalArgumentException("--rate, --count and --concurrency must be positive");
            }
            return new Options(rate, count, concurrency, warmup,
                    keycloak != null ? keycloak : "http://127.0.0.1:" + (18080 + offset),
                    intake != null ? intake : "http://127.0.0.1:" + (18081 + offset),
                    pgPort != null ? pgPort : 15432 + offset, client, secret, baselineSeconds, e2eTimeout, baseline, ceiling);
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

              --rate R             arrivals per second, fixed (open loop)               default 200
              --count N            measured notices                                      default 10000
              --concurrency C      most requests in flight (and pgbench clients)         default 64
              --warmup W           notices sent first at the same rate, not measured     default 500
              --port-offset P      the stack was started with --port-offset P            default 0
              --keycloak URL --intake URL --pg-port PORT    explicit addresses instead
              --client ID --secret S   landlord client (client credentials)             default landlord-hemma
              --baseline-seconds S length of each pgbench run                            default 15
              --e2e-timeout S      how long to wait for every notice to become a case    default 600
              --no-baseline        skip pgbench
              --ceiling-count K    last, K notices closed loop as fast as C clients can: the intake's ceiling,
                                   compared with the baseline's (0 skips it)                   default 3000
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

    /** A landlord token, refreshed before it expires. */
    static final class Tokens {
        private final HttpClient http;
        private final Options o;
        private volatile String token;
        private volatile long expiresAtNanos;

        Tokens(HttpClient http, Options o) {
            this.http = http;
            this.o = o;
        }

        synchronized String get() throws IOException, InterruptedException {
            if (token == null || System.nanoTime() > expiresAtNanos) {
                String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(o.clientId(), StandardCharsets.UTF_8)
                        + "&client_secret=" + URLEncoder.encode(o.clientSecret(), StandardCharsets.UTF_8);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o.keycloak() + "/realms/bokvar/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("Keycloak answered " + r.statusCode() + " for the token of " + o.clientId());
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
    record LoadResult(int sent, int created, Map<String, Integer> errors, Histogram latency, double seconds,
            List<String> noticeIds, long startEpochMillis, long lastAnswerEpochMillis) {
    }

    int execute(Options o) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            Tokens tokens = new Tokens(http, o);
            tokens.get();
            String runId = Long.toString(System.currentTimeMillis(), 36);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            NoticeGenerator notices = new NoticeGenerator(runId, 42, today);
            System.out.printf("bokvar intake benchmark: %d notices at %.0f/s (open loop), at most %d in flight, %d warm-up; "
                    + "intake %s, Keycloak %s, PostgreSQL 127.0.0.1:%d; %d cores%n", o.count(), o.rate(), o.concurrency(),
                    o.warmup(), o.intake(), o.keycloak(), o.pgPort(), Runtime.getRuntime().availableProcessors());
            if (o.warmup() > 0) {
                load(http, tokens, o, notices, -o.warmup(), o.warmup());
            }
            LoadResult r = load(http, tokens, o, notices, 0, o.count());
            printLoad(o, r);
            E2e e2e = endToEnd(o, r);
            Baseline baseline = o.baseline() ? baseline(o, notices.termination(Integer.MAX_VALUE)) : null;
            Ceiling ceiling = o.ceilingCount() > 0 ? ceiling(http, tokens, o, notices, o.count() + 1, o.ceilingCount()) : null;
            printSummary(o, r, e2e, baseline, ceiling);
            return r.errors().isEmpty() && e2e.complete() ? 0 : 1;
        } finally {
            callbacks.shutdownNow();
        }
    }

    LoadResult load(HttpClient http, Tokens tokens, Options o, NoticeGenerator notices, int firstIndex, int n) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        Semaphore inFlight = new Semaphore(o.concurrency());
        CountDownLatch done = new CountDownLatch(n);
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>(n));
        AtomicInteger created = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        long intervalNanos = (long) (1e9 / o.rate());
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < n; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = notices.termination(firstIndex + i);
            inFlight.acquire(); // waiting here counts: latency is measured from the due time
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + tokens.get())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latency.recordValue(Math.max(0, now - due));
                lastAnswer.set(System.currentTimeMillis());
                inFlight.release();
                if (failure != null) {
                    errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                } else if (response.statusCode() == 201) {
                    created.incrementAndGet();
                    int at = response.body().indexOf("\"noticeId\":\"");
                    if (at >= 0) {
                        ids.add(response.body().substring(at + 12, at + 48));
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
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadResult(n, created.get(), new TreeMap<>(errors), latency, seconds, List.copyOf(ids), startMillis,
                lastAnswer.get());
    }

    static void printLoad(Options o, LoadResult r) {
        System.out.printf("%nIntake (POST /api/v1/notices/termination-unpaid-rent, real tokens)%n");
        System.out.printf("  sent %d, created (201) %d, errors %s%n", r.sent(), r.created(), r.errors().isEmpty() ? "none" : r.errors());
        System.out.printf("  throughput %.1f notices/s (offered %.0f/s) over %.1f s%n", r.created() / r.seconds(), o.rate(), r.seconds());
        System.out.printf("  latency from due time: p50 %s  p95 %s  p99 %s  p99.9 %s  max %s%n", ms(r.latency(), 50),
                ms(r.latency(), 95), ms(r.latency(), 99), ms(r.latency(), 99.9), ms(r.latency().getMaxValue()));
    }

    record E2e(boolean complete, int cases, double allCasesSeconds, double afterLastAnswerSeconds, Histogram perNotice) {
    }

    /** Waits until every created notice is a case in case-service's database, and measures receipt-to-case times. */
    E2e endToEnd(Options o, LoadResult r) throws SQLException, InterruptedException {
        Histogram perNotice = new Histogram(TimeUnit.HOURS.toMillis(1), 3);
        if (r.noticeIds().isEmpty()) {
            return new E2e(false, 0, 0, 0, perNotice);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_cases?user=postgres";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.e2eTimeoutSeconds());
        try (Connection c = DriverManager.getConnection(url)) {
            Array ids = c.createArrayOf("uuid", r.noticeIds().stream().map(UUID::fromString).toArray());
            int cases = 0;
            Instant lastRegistered = null;
            while (System.nanoTime() < deadline) {
                try (PreparedStatement ps = c.prepareStatement("select count(*), max(registered_at) from case_notice where id = any(?)")) {
                    ps.setArray(1, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        cases = rs.getInt(1);
                        java.sql.Timestamp t = rs.getTimestamp(2);
                        lastRegistered = t == null ? null : t.toInstant();
                    }
                }
                if (cases >= r.noticeIds().size()) {
                    break;
                }
                Thread.sleep(250);
            }
            try (PreparedStatement ps = c.prepareStatement("select (extract(epoch from (registered_at - received_at)) * 1000)::bigint"
                    + " from case_notice where id = any(?)")) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        perNotice.recordValue(Math.max(0, rs.getLong(1)));
                    }
                }
            }
            boolean complete = cases >= r.noticeIds().size();
            double all = lastRegistered == null ? 0 : (lastRegistered.toEpochMilli() - r.startEpochMillis()) / 1000.0;
            double after = lastRegistered == null ? 0 : (lastRegistered.toEpochMilli() - r.lastAnswerEpochMillis()) / 1000.0;
            System.out.printf("%nEnd to end (receipt -> case in case-service, from bokvar_cases.case_notice)%n");
            System.out.printf("  %d of %d notices are cases%s; the last became one %.1f s after the first was due,"
                    + " %.1f s after the last answer%n", cases, r.noticeIds().size(), complete ? "" : " (TIMED OUT)", all, Math.max(0, after));
            System.out.printf("  per notice, receipt to case: p50 %d ms  p95 %d ms  p99 %d ms  max %d ms%n",
                    perNotice.getValueAtPercentile(50), perNotice.getValueAtPercentile(95), perNotice.getValueAtPercentile(99),
                    perNotice.getMaxValue());
            return new E2e(complete, cases, all, Math.max(0, after), perNotice);
        }
    }

    record Baseline(String tool, double maxTps, Histogram atRate, double rateTps) {
    }

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
                + " columns and indexes), database bokvar_bench on the same server%n");
        if (java.nio.file.Files.isExecutable(pgbench)) {
            return new Pgbench(pgbench, o, payload).run();
        }
        System.out.println("  pgbench not found: JDBC baseline instead (apt-get install postgresql-client for pgbench)");
        return new JdbcBaseline(benchUrl, o, payload).run();
    }

    record Ceiling(int created, int sent, double seconds, Histogram latency) {
        double throughput() {
            return created / seconds;
        }
    }

    /** Closed loop: C clients each send their next notice as soon as the previous one is answered. */
    Ceiling ceiling(HttpClient http, Tokens tokens, Options o, NoticeGenerator notices, int firstIndex, int n) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        ExecutorService clients = Executors.newFixedThreadPool(o.concurrency());
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int c = 0; c < o.concurrency(); c++) {
            running.add(clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + tokens.get()).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(notices.termination(firstIndex + i))).build(),
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

    static void printSummary(Options o, LoadResult r, E2e e2e, Baseline b, Ceiling c) {
        System.out.printf("%nSummary%n");
        double tps = r.created() / r.seconds();
        System.out.printf("  intake: %.1f notices/s, p50 %s, p95 %s, p99 %s, errors %d; all %d cases after %.1f s%n", tps,
                ms(r.latency(), 50), ms(r.latency(), 95), ms(r.latency(), 99), r.errors().values().stream().mapToInt(i -> i).sum(),
                e2e.cases(), e2e.allCasesSeconds());
        if (b != null) {
            System.out.printf("  %s: %.0f transactions/s unthrottled with %d clients; at %.0f/s: p50 %s, p99 %s%n", b.tool(),
                    b.maxTps(), o.concurrency(), b.rateTps(), ms(b.atRate(), 50), ms(b.atRate(), 99));
            System.out.printf("  ratio at the same rate: intake p50 / baseline p50 = %.1fx, p99 / p99 = %.1fx%n",
                    (double) r.latency().getValueAtPercentile(50) / Math.max(1, b.atRate().getValueAtPercentile(50)),
                    (double) r.latency().getValueAtPercentile(99) / Math.max(1, b.atRate().getValueAtPercentile(99)));
            if (c != null) {
                System.out.printf("  ratio of ceilings: intake %.1f notices/s / baseline %.0f transactions/s = %.3f (%.1f%%)%n",
                        c.throughput(), b.maxTps(), c.throughput() / b.maxTps(), 100 * c.throughput() / b.maxTps());
            }
        }
        if (c != null && b == null) {
            System.out.printf("  intake ceiling: %.1f notices/s%n", c.throughput());
        }
    }

    static String ms(Histogram h, double percentile) {
        return ms(h.getValueAtPercentile(percentile));
    }

    static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
