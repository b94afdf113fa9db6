package se.bokvar.bench.inbox;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Cli;
import se.bokvar.bench.common.Tokens;

/**
 * {@code ./bokvar bench inbox}: seeds case-service's database with a million cases ({@link InboxSeed}), then calls the
 * real service's inbox ({@code GET /api/v1/inbox}) with a real caseworker token (Keycloak, password grant; audit on:
 * every call writes its audit record) at a fixed arrival rate — open loop, latency measured from each request's due
 * time — and prints p50/p95/p99/max overall and per filter, checks the audit records were written, and prints the
 * query plans ({@code EXPLAIN (ANALYZE, BUFFERS)}) of the very SQL the service runs ({@code sql/inbox.sql}).
 * Target: p99 below 50 ms.
 */
public final class InboxBenchmark {

    static final double TARGET_P99_MS = 50;

    private InboxBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        return Cli.run(args, InboxOptions.HELP, InboxOptions::parse, InboxBenchmark::execute);
    }

    static int execute(InboxOptions o) throws Exception {
        String sqlFile = Files.readString(Path.of("case-service/src/main/resources/sql/inbox.sql"), StandardCharsets.UTF_8);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_cases?user=postgres";
        System.out.printf("bokvar inbox benchmark: %,d cases; %d calls at %.0f/s (open loop, at most %d in flight), %d warm-up;"
                + " case-service %s as %s; PostgreSQL 127.0.0.1:%d; %d cores%n", o.cases(), o.requests(), o.rate(),
                o.concurrency(), o.warmup(), o.casesUrl(), o.user(), o.pgPort(), Runtime.getRuntime().availableProcessors());
        try (Connection c = DriverManager.getConnection(jdbc)) {
            InboxSeed.prepare(c, o.cases(), o.seed(), o.reseed());
            InboxDatabase.describe(c);
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient http = BenchHttp.client(pool, Duration.ofSeconds(5));
        try {
            Tokens tokens = Tokens.password(http, Tokens.tokenUrl(o.keycloak()), o.user(), o.password());
            tokens.get();
            Instant auditFrom = Instant.now();
            if (o.warmup() > 0) {
                InboxLoad.load(http, tokens, o, o.warmup());
            }
            InboxLoad.Result r = InboxLoad.load(http, tokens, o, o.requests());
            System.out.println();
            System.out.printf("Inbox calls: %d measured in %.1f s (%.1f/s); errors: %s%n", r.sent(), r.seconds(),
                    r.sent() / r.seconds(), r.errors().isEmpty() ? "none" : r.errors());
            System.out.printf("%-36s %8s %8s %8s %8s %8s  (ms, from each call's due time)%n", "", "count", "p50", "p95", "p99", "max");
            print("all", r.all());
            for (InboxLoad.Variant v : InboxLoad.VARIANTS) {
                print(v.name(), r.byVariant().get(v.name()));
            }
            double p99 = r.all().getValueAtPercentile(99) / 1000.0;
            System.out.printf("%np99 %.1f ms: %s (target < %.0f ms)%n", p99, p99 < TARGET_P99_MS ? "MET" : "NOT MET", TARGET_P99_MS);

            try (Connection c = DriverManager.getConnection(jdbc)) {
                long audited = InboxDatabase.audited(c, o.user(), auditFrom);
                System.out.printf("Audit on: %d inbox.list records by %s written during the run (%d calls made)%n", audited,
                        o.user(), o.warmup() + r.sent());
                InboxDatabase.explain(c, sqlFile, o.user());
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
}
