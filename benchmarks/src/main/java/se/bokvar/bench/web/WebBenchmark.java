package se.bokvar.bench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Cli;
import se.bokvar.bench.common.Procs;
import se.bokvar.bench.common.RssSampler;
import se.bokvar.bench.inbox.InboxDatabase;
import se.bokvar.bench.inbox.InboxSeed;

/**
 * {@code ./bokvar bench web}: the caseworker desk (caseworker-web) with a million cases in case-service's database
 * (the inbox benchmark's seed, {@link InboxSeed}). Signs in as a browser does (Keycloak's login page, the desk's
 * session cookie: real tokens), takes case ids from the user's inbox pages, then requests the desk's pages at a fixed
 * arrival rate — open loop, latency from each page's due time — in a mix of the inbox (plain, filtered, later pages)
 * and case pages, and checks each is the page it should be. Prints p50/p95/p99/max overall and per page kind, the
 * desk's resident memory (highest VmRSS sampled during the run), the CPU per page of the desk, case-service and
 * PostgreSQL, and the load average. Targets: p95 at most 150 ms at 20 pages/s; RSS at most 300 MB.
 */
public final class WebBenchmark {

    private static final int INBOX_PAGES_FOR_CASES = 20;

    private WebBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        return Cli.run(args, WebOptions.HELP, WebOptions::parse, WebBenchmark::execute);
    }

    static int execute(WebOptions o) throws Exception {
        System.out.printf("bokvar web benchmark: the desk %s as %s; %,d cases; %d pages at %.0f/s (open loop, at most %d in"
                + " flight), %d warm-up; PostgreSQL 127.0.0.1:%d; %d cores; load average %.1f%n", o.deskUrl(), o.user(), o.cases(),
                o.requests(), o.rate(), o.concurrency(), o.warmup(), o.pgPort(), Runtime.getRuntime().availableProcessors(),
                Procs.loadAverage());
        String jdbc = "jdbc:postgresql://127.0.0.1:" + o.pgPort() + "/bokvar_cases?user=postgres";
        try (Connection c = DriverManager.getConnection(jdbc)) {
            InboxSeed.prepare(c, o.cases(), o.seed(), o.reseed());
            InboxDatabase.describe(c);
        }

        List<Long> desk = Procs.service("caseworker-web", o.deskPort());
        List<Long> caseService = Procs.service("case-service", o.casesPort());
        List<Long> postgres = Procs.postgres(o.pgPort());
        System.out.printf("Processes (/proc): caseworker-web %s, case-service %s, PostgreSQL %s%n", desk, caseService, postgres);
        if (desk.isEmpty()) {
            System.out.println("  the desk's JVM was not found (quarkus-run.jar of caseworker-web with BOKVAR_HTTP_PORT="
                    + o.deskPort() + "): its memory cannot be measured");
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        HttpClient http = BenchHttp.client(pool, Duration.ofSeconds(5));
        try (RssSampler rss = RssSampler.start(desk, 250)) {
            DeskSession session = new DeskSession(http, URI.create(o.deskUrl()), o.user(), o.password());
            double signIn = session.signIn();
            System.out.printf("Signed in as %s through Keycloak's login page in %.2f s (authorization-code flow; the desk's"
                    + " session cookie)%n", o.user(), signIn);
            List<UUID> cases = casesFromInbox(session);
            if (cases.isEmpty()) {
                System.out.println("The inbox shows no cases: case pages of open Nordost cases from the database instead");
                cases = openNordostCases(jdbc);
            }
            if (cases.isEmpty()) {
                System.out.println("No open cases to read: seed first (without --no-seed)");
                return 1;
            }
            System.out.printf("%d case ids taken from %s's inbox (pages 1-%d) for the case pages%n", cases.size(), o.user(),
                    INBOX_PAGES_FOR_CASES);

            if (o.warmup() > 0) {
                double l0 = Procs.loadAverage();
                WebLoad.Result w = WebLoad.load(session, pool, cases, o.rate(), o.concurrency(), o.warmup());
                System.out.printf("Warm-up: %d pages in %.1f s, p50 %s, p99 %s, errors %s (load %.1f -> %.1f)%n", w.sent(),
                        w.seconds(), ms(w.all(), 50), ms(w.all(), 99), w.errors().isEmpty() ? "none" : w.errors(), l0,
                        Procs.loadAverage());
            }

            double load0 = Procs.loadAverage();
            double rssBefore = rss.lastMiB();
            Map<String, Double> cpu0 = cpu(desk, caseService, postgres);
            WebLoad.Result r = WebLoad.load(session, pool, cases, o.rate(), o.concurrency(), o.requests());
            Map<String, Double> cpu1 = cpu(desk, caseService, postgres);
            double load1 = Procs.loadAverage();

            System.out.println();
            System.out.printf("Pages: %d measured in %.1f s (%.1f/s); load average %.1f -> %.1f; signed in again %d times;"
                    + " errors: %s%n", r.sent(), r.seconds(), r.sent() / r.seconds(), load0, load1, r.signIns(),
                    r.errors().isEmpty() ? "none" : r.errors());
            System.out.printf("%-40s %8s %8s %8s %8s %8s  (ms, from each page's due time)%n", "", "count", "p50", "p95", "p99", "max");
            print("all", r.all());
            for (WebLoad.Kind k : WebLoad.KINDS) {
                print(k.name(), r.byKind().get(k.name()));
            }
            int ok = (int) r.all().getTotalCount();
            System.out.printf("%nCPU ms per page (/proc, %d pages): %s%n", r.sent(), perPage(cpu0, cpu1, r.sent()));
            System.out.printf("The desk's resident memory (VmRSS, %d samples every 250 ms from sign-in to the end): max %.0f MiB,"
                    + " %.0f MiB before the measured pages, %.0f MiB at the end%n", rss.samples(), rss.maxMiB(), rssBefore, rss.lastMiB());

            double p95 = r.all().getTotalCount() == 0 ? Double.NaN : r.all().getValueAtPercentile(95) / 1000.0;
            boolean p95Met = ok > 0 && p95 <= o.p95TargetMs();
            boolean rssMet = !desk.isEmpty() && rss.maxMiB() <= o.rssTargetMiB();
            boolean noErrors = r.errors().isEmpty();
            System.out.printf("%n| measure | result | target | met |%n|---|---|---|---|%n");
            System.out.printf("| desk pages at %.0f/s, %d pages (load %.1f -> %.1f) | %.1f/s, p50 %s, p95 %s, p99 %s, max %s | p95 <= %.0f ms | %s |%n",
                    o.rate(), r.sent(), load0, load1, r.sent() / r.seconds(), ms(r.all(), 50), ms(r.all(), 95), ms(r.all(), 99),
                    r.all().getTotalCount() == 0 ? "-" : String.format("%.1f ms", r.all().getMaxValue() / 1000.0), o.p95TargetMs(),
                    p95Met ? "yes" : "no");
            for (WebLoad.Kind k : WebLoad.KINDS) {
                Histogram h = r.byKind().get(k.name());
                System.out.printf("| %s | %d, p50 %s, p95 %s, p99 %s | | |%n", k.name(), h.getTotalCount(), ms(h, 50), ms(h, 95), ms(h, 99));
            }
            System.out.printf("| caseworker-web RSS, max | %s | <= %.0f MiB | %s |%n", desk.isEmpty() ? "not found"
                    : String.format("%.0f MiB (%.0f MB)", rss.maxMiB(), rss.maxMiB() * 1.048576), o.rssTargetMiB(), rssMet ? "yes" : "no");
            System.out.printf("| pages answered 200 with their HTML | %d of %d%s | all | %s |%n", ok, r.sent(),
                    noErrors ? "" : "; " + r.errors(), noErrors ? "yes" : "no");
            return p95Met && rssMet && noErrors ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Case ids linked from the first pages of the user's inbox (the real desk's HTML). */
    private static List<UUID> casesFromInbox(DeskSession session) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int page = 1; page <= INBOX_PAGES_FOR_CASES; page++) {
            HttpResponse<String> r = session.pageNow("/inkorg?sida=" + page);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the inbox's page " + page + " answered " + r.statusCode());
            }
            List<UUID> found = WebLoad.caseLinks(r.body());
            found.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            if (!r.body().contains("rel=\"next\"")) {
                break;
            }
        }
        return ids;
    }

    private static List<UUID> openNordostCases(String jdbc) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id from household_case where board = 'nordost' and unit = 'adult' and status <> 'CLOSED'"
                        + " order by md5(id::text) limit 500")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static Map<String, Double> cpu(List<Long> desk, List<Long> caseService, List<Long> postgres) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("caseworker-web", Procs.cpuSeconds(desk, false));
        m.put("case-service", Procs.cpuSeconds(caseService, false));
        m.put("postgresql", Procs.cpuSeconds(postgres, true));
        return m;
    }

    private static String perPage(Map<String, Double> before, Map<String, Double> after, int pages) {
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / pages;
            total += ms;
            b.append(e.getKey()).append(' ').append(String.format("%.1f", ms)).append(", ");
        }
        return b.append(String.format("total %.1f", total)).toString();
    }

    static String ms(Histogram h, double percentile) {
        return h == null || h.getTotalCount() == 0 ? "-" : String.format("%.1f ms", h.getValueAtPercentile(percentile) / 1000.0);
    }

    static void print(String name, Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return;
        }
        System.out.printf("%-40s %8d %8.1f %8.1f %8.1f %8.1f%n", name, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
