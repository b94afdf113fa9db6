package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.format;
import static se.bokvar.bench.intake.IntakeReport.ms;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.Tokens;

/**
 * End to end at {@code --e2e-rate} for {@code --e2e-seconds}: per notice, from its due time (the POST) until its case
 * is visible (committed in case-service's database, which the inbox query reads), while a caseworker polls the real
 * inbox; at the end the caseworker's inbox is paged until every case of the phase was found in it.
 */
final class EndToEndPhase {

    private EndToEndPhase() {
    }

    static E2e run(IntakeLoad load, StackCpu cpu) throws Exception {
        IntakeOptions o = load.options();
        HttpClient http = load.http();
        Tokens caseworker = Tokens.password(http, Tokens.tokenUrl(o.keycloak()), o.caseworker(), o.caseworkerPassword());
        caseworker.get();
        InboxProbe probe = new InboxProbe(http, caseworker, URI.create(o.cases() + "/api/v1/inbox?limit=50"));
        double loadAverage = StackCpu.loadAverage();
        Map<String, Double> before = cpu.snapshot();
        LoadResult r;
        double lastAfter;
        int seen;
        Histogram visible;
        try (Visibility v = new Visibility(o.casesJdbcUrl())) {
            probe.start();
            r = load.load(o.e2eRate(), (int) Math.round(o.e2eRate() * o.e2eSeconds()), v::sent);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainTimeoutSeconds());
            while (v.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            probe.stop();
            seen = v.seen.get();
            lastAfter = (v.lastSeen.get() - r.lastAnswerNanos()) / 1e9;
            visible = v.visible;
        }
        probe.join();
        Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
        int[] found = o.inboxCheck() ? InboxCheck.found(http, caseworker, o, r.noticeIds()) : new int[] { -1, -1 };
        E2e e = new E2e(r, visible, seen, Math.max(0, lastAfter), probe.latency, probe.calls.get(), new TreeMap<>(probe.errors),
                found[0], found[1], StackCpu.perNotice(used, r.created()), loadAverage);
        System.out.printf("%nEnd to end at %.0f/s for %d s (POST due time -> case visible: committed in bokvar_cases, which the inbox"
                + " query reads; polled every 100 ms)%n", o.e2eRate(), o.e2eSeconds());
        System.out.printf("  intake: %.1f/s answered, p50 %s  p99 %s, errors %s; load %.1f%n", r.throughput(), ms(r.latency(), 50),
                ms(r.latency(), 99), r.errors().isEmpty() ? "none" : r.errors(), loadAverage);
        System.out.printf("  %d of %d are cases; POST -> case visible: p50 %s  p95 %s  p99 %s  max %s; the last %.1f s after the"
                + " last answer%n", seen, r.created(), ms(visible, 50), ms(visible, 95), ms(visible, 99), ms(visible.getMaxValue()),
                e.lastSeenAfterLastAnswer());
        System.out.printf("  inbox probe (GET /api/v1/inbox?limit=50 as %s, every 500 ms): %d calls, p50 %s  p99 %s, errors %s%n",
                o.caseworker(), probe.calls.get(), ms(probe.latency, 50), ms(probe.latency, 99),
                probe.errors.isEmpty() ? "none" : probe.errors);
        if (found[1] >= 0) {
            System.out.printf("  inbox check: %d of the phase's %d cases found in %s's inbox%n", found[0], found[1], o.caseworker());
        }
        System.out.printf("    CPU ms/notice %s%n", format(e.cpuMsPerNotice()));
        return e;
    }
}
