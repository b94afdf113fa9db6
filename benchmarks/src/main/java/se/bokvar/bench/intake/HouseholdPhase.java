package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.format;
import static se.bokvar.bench.intake.IntakeReport.ms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;

/**
 * Household ({@code --household N}): does registering a notice cost more when its household's case already holds many,
 * and does one household's flood stall the other buildings?
 * <ol>
 * <li><b>Growth</b>: N termination notices for one household (one tenant, one flat) in chunks of 100, 4 in flight;
 * after each chunk the benchmark waits until its notices are cases. Per chunk: the CPU each part of the stack used per
 * notice and how long until the chunk was cases; at the end the last chunk's CPU per notice over the first's, and
 * whether all the notices are on one case.</li>
 * <li><b>Flood</b>: N notices for another household, 16 in flight, while other buildings' notices arrive at
 * {@code --household-others-rate} (open loop) until the flood is cases; the others' POST -> case latency. A 429 to the
 * flood is shed (a deliberate per-household bound), not an error.</li>
 * </ol>
 */
final class HouseholdPhase {

    static final int CHUNK = 100;
    static final int CHUNK_IN_FLIGHT = 4;
    static final int FLOOD_IN_FLIGHT = 16;

    private HouseholdPhase() {
    }

    static Household run(IntakeLoad load, NoticeGenerator notices, StackCpu cpu) throws Exception {
        IntakeOptions o = load.options();
        NoticeGenerator.Tenancy household = notices.household("G");
        int n = o.household();
        System.out.printf("%nHousehold growth: %d notices for one household (one tenant, one flat, postal code %s) in chunks"
                + " of %d, %d in flight; after each chunk the benchmark waits until its notices are cases; load %.1f%n", n,
                household.address().postalCode(), CHUNK, CHUNK_IN_FLIGHT, StackCpu.loadAverage());
        List<Household.Chunk> chunks = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int first = 0, k = 1; first < n; first += CHUNK, k++) {
            int size = Math.min(CHUNK, n - first);
            List<String> bodies = new ArrayList<>(size);
            for (int i = first; i < first + size; i++) {
                bodies.add(notices.household(household, i));
            }
            Map<String, Double> before = cpu.snapshot();
            ClosedLoop.Answers a = ClosedLoop.send(load, bodies, CHUNK_IN_FLIGHT);
            if (a.created() == 0 && a.shed() > 0) {
                System.out.printf("  chunk %d: all %d refused with 429 by the intake's bound for one household: growth beyond"
                        + " it is measured on a stack started with BOKVAR_HOUSEHOLD_LIMIT_BURST=0%n", k, a.shed());
                break;
            }
            double drained = Drain.drain(o, a.createdIds(), a.startNanos());
            Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
            Household.Chunk c = new Household.Chunk(k, first + 1, first + size, a, drained, StackCpu.perNotice(used, a.created()));
            chunks.add(c);
            ids.addAll(a.createdIds());
            System.out.printf("  chunk %d (notices %d-%d): case-service %s ms CPU/notice, postgres %s, whole stack %s, %s%s%n", k,
                    c.first(), c.last(), cpuMs(c.cpuMsPerNotice().get("case-service")),
                    cpuMs(c.cpuMsPerNotice().get("postgresql")), cpuMs(c.cpuMsPerNotice().isEmpty() ? null : c.total()),
                    c.drained() ? String.format("drained after %.1f s (%.1f ms/notice)", drained,
                            drained * 1000 / Math.max(1, a.created())) : "NOT drained (timed out)",
                    a.shed() == 0 && a.errors().isEmpty() ? "" : "; " + a.summary());
            if (!c.drained()) {
                System.out.println("  the chunk's notices did not all become cases within --drain-timeout: the household phase"
                        + " stops here");
                break;
            }
        }
        long growthCases = casesOf(o, ids);
        Household partial = new Household(chunks, growthCases, null);
        System.out.printf("  growth: the last chunk's case-service CPU per notice is %s the first's (target <= 1.2x)%n",
                ratio(partial.growth("case-service")));
        System.out.printf("  growth: the last chunk's whole-stack CPU per notice is %s the first's (target <= 1.2x)%n",
                ratio(partial.growth(null)));
        System.out.printf("  the household's %d created notices are on %d case(s) in case-service (must be 1)%n", ids.size(),
                growthCases);
        if (!chunks.get(chunks.size() - 1).drained()) {
            return partial;
        }
        return new Household(chunks, growthCases, flood(load, notices, notices.household("F"), cpu));
    }

    /**
     * N notices for another household (a case of its own, so a per-household bound meets the flood fresh) as fast as
     * 16 requests in flight go, while the other buildings' arrive.
     */
    private static Household.Flood flood(IntakeLoad load, NoticeGenerator notices, NoticeGenerator.Tenancy household,
            StackCpu cpu) throws Exception {
        IntakeOptions o = load.options();
        int n = o.household();
        List<String> bodies = new ArrayList<>(n);
        for (int i = n; i < 2 * n; i++) {
            bodies.add(notices.household(household, i));
        }
        double loadAverage = StackCpu.loadAverage();
        System.out.printf("%nHousehold flood: %d notices for another household, %d in flight, while other buildings'"
                + " notices arrive at %.1f/s (open loop) until the flood is cases; load %.1f%n", n, FLOOD_IN_FLIGHT,
                o.householdOthersRate(), loadAverage);
        Map<String, Double> before = cpu.snapshot();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService stream = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "household-others");
            t.setDaemon(true);
            return t;
        });
        ClosedLoop.Answers flood;
        double drained;
        LoadResult others;
        int seen;
        Histogram visible;
        try (Visibility v = new Visibility(o.casesJdbcUrl())) {
            Future<LoadResult> othersRun = stream.submit(() -> load.load(o.householdOthersRate(), Integer.MAX_VALUE, v::sent,
                    stop::get));
            flood = ClosedLoop.send(load, bodies, FLOOD_IN_FLIGHT);
            drained = Drain.drain(o, flood.createdIds(), flood.startNanos());
            stop.set(true);
            others = othersRun.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainTimeoutSeconds());
            while (v.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            seen = v.seen.get();
            visible = v.visible;
        } finally {
            stop.set(true);
            stream.shutdownNow();
        }
        Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
        List<String> all = flood.createdIds();
        long cases = all.isEmpty() ? 1 : casesOf(o, all);
        Household.Flood f = new Household.Flood(flood, drained, cases, others, visible, seen,
                StackCpu.perNotice(used, flood.created() + others.created()), loadAverage);
        System.out.printf("  flood answers: 201 %d, 429 (shed) %d, other %d%s; its created notices were all cases %s%n",
                flood.created(), flood.shed(), flood.errors().values().stream().mapToInt(Integer::intValue).sum(),
                flood.errors().isEmpty() ? "" : " " + flood.errors(),
                f.drained() ? String.format("after %.1f s", drained) : "NOT within --drain-timeout");
        System.out.printf("  all %d of the flooding household's created notices are on %d case(s) (must be 1)%n",
                all.size(), cases);
        System.out.printf("  other buildings: %d sent, %d created, errors %s; %d of them cases; POST -> case p50 %s  p99 %s"
                + "  max %s%n", others.sent(), others.created(), others.errors().isEmpty() ? "none" : others.errors(), seen,
                ms(visible, 50), ms(visible, 99), ms(visible.getMaxValue()));
        System.out.printf("    CPU ms/notice (flood and others) %s%n", format(f.cpuMsPerNotice()));
        return f;
    }

    /** How many cases the notices are on (case-service's database). */
    private static long casesOf(IntakeOptions o, List<String> noticeIds) throws SQLException {
        try (Connection c = DriverManager.getConnection(o.casesJdbcUrl());
                PreparedStatement ps = c.prepareStatement("select count(distinct case_id) from case_notice where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", noticeIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String cpuMs(Double ms) {
        return ms == null || ms.isNaN() ? "n/a" : String.format("%.2f", ms);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "n/a (no CPU figures)" : String.format("%.2fx", r);
    }
}
