package se.bokvar.bench.inbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./bokvar bench inbox}: seeds case-service's database with a million cases ({@link InboxSeed}), then calls the
 * real service's inbox ({@code GET /api/v1/inbox}) with a real caseworker token (Keycloak, password grant; audit on:
 * every call writes its audit record) at a fixed arrival rate — open loop, latency measured from each request's due
 * time — and prints p50/p95/p99/max overall and per filter, checks the audit records were written, and prints the
 * query plans ({@code EXPLAIN (ANALYZE, BUFFERS)}) of the very SQL the service runs ({@code sql/inbox.sql}).
 * Target: p99 below 50 ms.
 */
public final class InboxBenchmark {

    static final ObjectMapper JSON = new ObjectMapper();
    static final double TARGET_P99_MS = 50;

    /** The request mix: the plain inbox most of the time, each filter sometimes. */
    static final List<Variant> VARIANTS = List.of(
            new Variant("default", "", List.of(), 60),
            new Variant("assigned=me", "assigned=me", List.of("assigned-to-me"), 10),
            new Variant("deadlineState=BREACHED", "deadlineState=BREACHED", List.of("deadline-breached"), 10),
            new Variant("type=EVICTION", "type=EVICTION", List.of("type"), 10),
            new Variant("children=true&assigned=unassigned", "children=true&assigned=unassigned",
                    List.of("children", "unassigned"), 10));

    record Variant(String name, String query, List<String> filters, int weight) {
    }

    record Options(int cases, int requests, int warmup, double rate, int concurrency, String keycloak, String casesUrl,
            int pgPort, String user, String password, boolean reseed, boolean seed) {

        static Options parse(String[] args) {
            int cases = 1_000_000;
            int requests = 3000;
            int warmup = 300;
            double rate = 40;
            int concurrency = 16;
            int offset = 0;
            String keycloak = null;
            String casesUrl = null;
            Integer pg = null;
            String user = "anna";
            String password = "demo";
            boolean reseed = false;
            boolean seed = true;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--cases" -> cases = Integer.parseInt(value(args, ++i, a));
                    case "--requests" -> requests = Integer.parseInt(value(args, ++i, a));
                    case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
                    case "--rate" -> rate = Double.parseDouble(value(args, ++i, a));
                    case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, a));
                    case "--port-offset" -> offset = Integer.parseInt(value(args, ++i, a));
                    case "--keycloak" -> keycloak = value(args, ++i, a);
                    case "--case-service" -> casesUrl = value(args, ++i, a);
                    case "--pg-port" -> pg = Integer.parseInt(value(args, ++i, a));
                    case "--user" -> user = value(args, ++i, a);
                    case "--password" -> password = value(args, ++i, a);
                    case "--reseed" -> reseed = true;
                    case "--no-seed" -> seed = false;
                    default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench inbox --help)");
                }
            }
            if (cases < 1 || requests < 1 || rate <= 0 || concurrency < 1 || warmup < 0) {
                throw new IllegalArgumentException("--cases, --requests, --rate and --concurrency must be positive");
            }
            return new Options(cases, requests, warmup, rate, concurrency,
                    keycloak != null ? keycloak : "http://127.0.0.1:" + (18080 + offset),
                    casesUrl != null ? casesUrl : "http://127.0.0.1:" + (18082 + offset),
                    pg != null ? pg : 15432 + offset, user, password, reseed, seed);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    static final String HELP = """
            Usage: ./bokvar bench inbox [options]     (needs a running stack, e.g.
                                                       ./bokvar up --port-offset 400 --data-dir /tmp/inbox-bench)

              --cases N          cases in case-service's database (seeded once, kept)      default 1000000
              --reseed           remove the seeded cases and seed again
              --no-seed          measure whatever is there
              --requests R       measured inbox calls                                      default 3000
              --warmup W         calls first, not measured                                 default 300
              --rate Q           calls per second, fixed (open loop)                       default 40
              --concurrency C    most calls in flight                                      default 16
              --user U --password P   the caseworker (password grant on bokvar-cli)      default anna / demo
              --port-offset P    the stack was started with --port-offset P                default 0
              --keycloak URL --case-service URL --pg-port PORT   explicit addresses instead
            """;

    private InboxBenchmark() {
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
        return execute(o);
    }

    static int execute(Options o) throws Exception {
        String sqlFile = Files.readString(Path.of("case-service/src/main/resources/sql/inbox.sql"), StandardCharsets.UTF_8);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_cases?user=postgres";
        System.out.printf("bokvar inbox benchmark: %,d cases; %d calls at %.0f/s (open loop, at most %d in flight), %d warm-up;"
                + " case-service %s as %s; PostgreSQL 127.0.0.1:%d; %d cores%n", o.cases(), o.requests(), o.rate(),
                o.concurrency(), o.warmup(), o.casesUrl(), o.user(), o.pgPort(), Runtime.getRuntime().availableProcessors());
        try (Connection c = DriverManager.getConnection(jdbc)) {
            if (o.seed()) {
                long have = InboxSeed.existing(c);
                if (o.reseed() || have != o.cases()) {
                    if (have > 0) {
                        System.out.printf("Removing %,d earlier seeded cases ...%n", have);
                        InboxSeed.remove(c);
                    }
                    System.out.printf("Seeding %,d cases (server-side inserts as the superuser, then VACUUM ANALYZE) ...%n", o.cases());
                    long t0 = System.nanoTime();
                    InboxSeed.seed(c, o.cases());
                    System.out.printf("Seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                } else {
                    System.out.printf("%,d seeded cases are already there (--reseed to seed again)%n", have);
                }
            }
            describe(c);
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            Tokens tokens = new Tokens(http, o);
            tokens.get();
            Instant auditFrom = Instant.now();
            if (o.warmup() > 0) {
                load(http, tokens, o, o.warmup());
            }
            Result r = load(http, tokens, o, o.requests());
            System.out.println();
            System.out.printf("Inbox calls: %d measured in %.1f s (%.1f/s); errors: %s%n", r.sent(), r.seconds(),
                    r.sent() / r.seconds(), r.errors().isEmpty() ? "none" : r.errors());
            System.out.printf("%-36s %8s %8s %8s %8s %8s  (ms, from each call's due time)%n", "", "count", "p50", "p95", "p99", "max");
            print("all", r.all());
            for (Variant v : VARIANTS) {
                print(v.name(), r.byVariant().get(v.name()));
            }
            double p99 = r.all().getValueAtPercentile(99) / 1000.0;
            System.out.printf("%np99 %.1f ms: %s (target < %.0f ms)%n", p99, p99 < TARGET_P99_MS ? "MET" : "NOT MET", TARGET_P99_MS);

            try (Connection c = DriverManager.getConnection(jdbc)) {
                long audited = audited(c, o.user(), auditFrom);
                System.out.printf("Audit on: %d inbox.list records by %s written during the run (%d calls made)%n", audited,
                        o.user(), o.warmup() + r.sent());
                explain(c, sqlFile, o.user());
            }
            return p99 < TARGET_P99_MS && r.errors().isEmpty() ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    static void print(String name, Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return;
        }
        System.out.printf("%-36s %8d %8.1f %8.1f %8.1f %8.1f%n", name, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }

    static void describe(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select coalesce(board, 'unrouted'), count(*), count(*) filter (where status <> 'CLOSED'),
                       count(*) filter (where status <> 'CLOSED' and assigned_to = 'anna'),
                       count(*) filter (where status <> 'CLOSED' and has_breached_deadline),
                       count(*) filter (where status <> 'CLOSED' and notices_without_position > 0)
                from household_case group by 1 order by 1""")) {
            System.out.printf("%-10s %10s %10s %12s %10s %16s%n", "board", "cases", "open", "open: anna", "breached",
                    "awaiting position");
            while (rs.next()) {
                System.out.printf("%-10s %,10d %,10d %,12d %,10d %,16d%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pg_size_pretty(pg_total_relation_size('household_case')), (select count(*) from audit_record)")) {
            rs.next();
            System.out.printf("household_case with its indexes: %s; audit records so far: %,d%n", rs.getString(1), rs.getLong(2));
        }
    }

    static long audited(Connection c, String user, Instant from) throws SQLException {
        try (var ps = c.prepareStatement("select count(*) from audit_record where action = 'inbox.list'"
                + " and actor_username = ? and occurred_at >= ?")) {
            ps.setString(1, user);
            ps.setTimestamp(2, Timestamp.from(from.minusSeconds(1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the service's own SQL for the default inbox and each filter, Anna's board. */
    static void explain(Connection c, String sqlFile, String user) throws SQLException {
        InboxSqlText sql = new InboxSqlText(sqlFile);
        Map<String, String> values = Map.of("board", "'nordost'", "limit", "50", "offset", "0", "me", "'" + user + "'",
                "type", "'EVICTION'");
        for (Variant v : VARIANTS) {
            String query = sql.query(v.filters());
            for (Map.Entry<String, String> e : values.entrySet()) {
                query = query.replace(":" + e.getKey(), e.getValue());
            }
            plan(c, "inbox " + v.name(), query);
        }
        plan(c, "notices without a position", sql.awaitingPosition().replace(":board", "'nordost'").replace(":limit", "20"));
    }

    static void plan(Connection c, String name, String query) throws SQLException {
        System.out.printf("%nQuery plan, %s (sql/inbox.sql, board nordost):%n", name);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + query)) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    /** A caseworker's token (password grant on the public client), renewed before it expires. */
    static final class Tokens {
        private final HttpClient http;
        private final Options o;
        private volatile String token;
        private volatile long expiresAt;

        Tokens(HttpClient http, Options o) {
            this.http = http;
            this.o = o;
        }

        synchronized String get() throws IOException, InterruptedException {
            if (token == null || System.nanoTime() > expiresAt) {
                String form = "grant_type=password&client_id=bokvar-cli&username="
                        + URLEncoder.encode(o.user(), StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(o.password(), StandardCharsets.UTF_8);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o.keycloak()
                        + "/realms/bokvar/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("Keycloak answered " + r.statusCode() + " for " + o.user() + "'s token");
                }
                JsonNode body = JSON.readTree(r.body());
                token = body.path("access_token").asText();
                expiresAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, body.path("expires_in").asLong(60) - 30));
            }
            return token;
        }
    }

    record Result(int sent, double seconds, Histogram all, Map<String, Histogram> byVariant, Map<String, Integer> errors) {
    }

    /** {@code count} calls at the fixed rate; each call's latency counts from its due time. */
    static Result load(HttpClient http, Tokens tokens, Options o, int count) throws Exception {
        Histogram all = new ConcurrentHistogram(3);
        Map<String, Histogram> byVariant = new LinkedHashMap<>();
        VARIANTS.forEach(v -> byVariant.put(v.name(), new ConcurrentHistogram(3)));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(o.concurrency());
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger failed = new AtomicInteger();
        List<Variant> mix = new ArrayList<>();
        VARIANTS.forEach(v -> {
            for (int i = 0; i < v.weight(); i++) {
                mix.add(v);
            }
        });
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long interval = (long) (1e9 / o.rate());
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            slots.acquire();
            Variant v = mix.get((int) ((i * 7919L) % mix.size()));
            String url = o.casesUrl() + "/api/v1/inbox" + (v.query().isEmpty() ? "" : "?" + v.query());
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + tokens.get())
                    .timeout(Duration.ofSeconds(10)).GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                try {
                    if (failure != null) {
                        errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                        failed.incrementAndGet();
                    } else if (response.statusCode() != 200) {
                        errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                    } else {
                        all.recordValue(Math.max(1, micros));
                        byVariant.get(v.name()).recordValue(Math.max(1, micros));
                    }
                } finally {
                    slots.release();
                    done.countDown();
                }
            });
        }
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, seconds, all, byVariant, errors);
    }
}
