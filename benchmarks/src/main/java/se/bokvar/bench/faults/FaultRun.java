package se.bokvar.bench.faults;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;

/**
 * Fault injection against a running stack of its own: landlord notices and Kronofogden eviction notices stream in
 * with real tokens while the Kafka broker is SIGKILLed and restarted, case-service is SIGKILLed and restarted, and
 * PostgreSQL is restarted; a caseworker reads cases meanwhile. Afterwards, once everything has settled, it checks
 * with SQL (as the superuser) and by reading the case events topic that
 * <ul>
 * <li>no receipt was given for a notice that is not stored;</li>
 * <li>every stored notice is exactly one case notice (attached to exactly one case), none is stored twice, and no
 * case notice lacks its notice; a request that failed left either nothing anywhere or exactly one case notice;</li>
 * <li>every outbox was published (the relays resumed);</li>
 * <li>no deadline alert (breach or near) was announced twice, and none that was due was lost;</li>
 * <li>every read that was answered has its audit record.</li>
 * </ul>
 * Shared by {@code ./bokvar faults} (the command) and the system test's short version.
 */
public final class FaultRun {

    private final Stack stack;
    private final FaultOptions o;
    private final PrintStream out;
    private final long t0 = System.currentTimeMillis();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final List<Mark> marks = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private volatile String phase = "start";

    /** A phase as it happened. */
    private record Mark(String name, long startMillis, long[] endMillis, StringBuilder notes) {
    }

    /** One injected fault: when it began, when the part was relaunched and when it was ready again. */
    private record Fault(String part, long beganMillis, long relaunchedMillis, long readyMillis, Mark settle) {
    }

    private FaultRun(Stack stack, FaultOptions options, PrintStream out) {
        this.stack = stack;
        this.o = options;
        this.out = out;
    }

    /** Runs the faults against {@code stack} (started fresh for the run) and returns what was counted. */
    public static FaultReport run(Stack stack, FaultOptions options, PrintStream out) throws Exception {
        return new FaultRun(stack, options, out).execute();
    }

    private FaultReport execute() throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(4, daemon("faults-http"));
        ExecutorService workers = Executors.newFixedThreadPool(o.concurrency(), daemon("faults-send"));
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            String tokenUrl = stack.keycloak().tokenUrl();
            Tokens landlord = Tokens.clientCredentials(http, tokenUrl, "landlord-hemma", "hemma-demo-secret");
            Tokens kronofogden = Tokens.clientCredentials(http, tokenUrl, "kronofogden", "kronofogden-demo-secret");
            Tokens anna = Tokens.password(http, tokenUrl, "anna", "demo");
            landlord.get();
            kronofogden.get();
            String annaSubject = anna.subject();

            NoticeBodies bodies = new NoticeBodies(runId, 42);
            List<SentNotice> ledger = Collections.synchronizedList(new ArrayList<>());
            NoticeStream landlords = new NoticeStream("landlord", http, landlord,
                    URI.create(stack.url(ServiceSpec.INTAKE) + "/api/v1/notices/termination-unpaid-rent"), o.landlordRate(),
                    workers, o.requestTimeout(), i -> new SentNotice(SentNotice.Source.LANDLORD, i, bodies.landlordReference(i),
                            bodies.termination(i), UUID.randomUUID().toString()), () -> phase, ledger);
            NoticeStream evictions = new NoticeStream("kronofogden", http, kronofogden,
                    URI.create(stack.url(ServiceSpec.ADAPTER) + "/api/v1/evictions"), o.evictionRate(), workers,
                    o.requestTimeout(), i -> new SentNotice(SentNotice.Source.KRONOFOGDEN, i, bodies.kfmCaseNumber(i),
                            bodies.eviction(i), null), () -> phase, ledger);
            CaseworkerReads reads = new CaseworkerReads(http, anna, stack.url(ServiceSpec.CASES), o.readInterval(), ledger);

            out.printf("Fault run %s: %.1f landlord notices/s and %.1f eviction notices/s (real tokens), a caseworker reading"
                    + " every %d ms; %d round(s) of faults, each part down %d s; load average %s%n", runId, o.landlordRate(),
                    o.evictionRate(), o.readInterval().toMillis(), o.rounds(), o.downtime().toSeconds(),
                    FaultsCommand.loadAverage());
            landlords.start();
            evictions.start();
            reads.start();

            begin("steady streaming");
            Thread.sleep(o.steady().toMillis());
            for (int round = 1; round <= o.rounds(); round++) {
                String r = o.rounds() > 1 ? " #" + round : "";
                fault("Kafka broker" + r, "SIGKILL", () -> stack.kafka().kill(), () -> stack.kafka().restart());
                fault("case-service" + r, "SIGKILL", () -> stack.killService(ServiceSpec.CASES),
                        () -> stack.restartService(ServiceSpec.CASES));
                fault("PostgreSQL" + r, "fast shutdown", stack::stopPostgres, stack::startPostgres);
            }

            begin("last answers (no new notices)");
            landlords.stop();
            evictions.stop();
            reads.stop();
            workers.shutdown();
            awaitLastAnswers(workers);

            Mark converging = begin("convergence (until every stored notice is a case and every outbox is published)");
            StoreState beforeRetry = awaitConvergence();
            converging.notes().append(convergenceNote(beforeRetry));

            List<SentNotice> failed;
            synchronized (ledger) {
                failed = ledger.stream().filter(SentNotice::failedFirst).toList();
            }
            Mark retrying = begin("retry of the " + failed.size() + " failed requests (same body and key)");
            ExecutorService retryWorkers = Executors.newFixedThreadPool(8, daemon("faults-retry"));
            try {
                for (SentNotice n : failed) {
                    NoticeStream via = n.source == SentNotice.Source.LANDLORD ? landlords : evictions;
                    retryWorkers.execute(() -> n.retry = via.send(n));
                }
            } finally {
                retryWorkers.shutdown();
                retryWorkers.awaitTermination(5, TimeUnit.MINUTES);
            }
            retrying.notes().append("answers ").append(kinds(failed.stream().map(n -> n.retry).toList()));
            Mark again = begin("convergence after the retries");
            StoreState after = awaitConvergence();
            again.notes().append(convergenceNote(after));

            begin("verification (SQL as superuser, the case events topic from the beginning)");
            AlertAnnouncements announced = after.alerts == null ? null
                    : AlertAnnouncements.read(stack.kafka().bootstrapServers(), Duration.ofSeconds(60));
            Map<String, Map<String, Integer>> audited = audited(annaSubject);
            end();
            FaultReport report = new FaultReport();
            phases(report, ledger);
            new Verification(report, ledger, failed, beforeRetry, after, announced, reads, audited).verify();
            return report;
        } finally {
            workers.shutdownNow();
            io.shutdownNow();
        }
    }

    /**
     * Waits for the requests still queued or in flight when the load stopped (open loop: while a part hangs,
     * requests queue up behind the busy senders and go out late), at most five minutes.
     */
    private void awaitLastAnswers(ExecutorService workers) throws InterruptedException {
        java.util.concurrent.ThreadPoolExecutor pool = (java.util.concurrent.ThreadPoolExecutor) workers;
        long queuedAtStop = pool.getQueue().size();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            out.printf("             %d requests in flight, %d queued%n", pool.getActiveCount(), pool.getQueue().size());
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("requests still running five minutes after the load stopped");
            }
        }
        if (queuedAtStop > 0) {
            out.printf("             (%d requests were still queued behind the %d senders when the load stopped)%n",
                    queuedAtStop, o.concurrency());
        }
    }

    /** A fault: take the part down, wait, start it again, then keep streaming for the settle time. */
    private void fault(String part, String how, Action down, Action up) throws Exception {
        long began = System.currentTimeMillis();
        Mark m = begin(part + " down (" + how + ")");
        down.run();
        Thread.sleep(o.downtime().toMillis());
        long relaunched = System.currentTimeMillis();
        Mark restart = begin(part + " starting again");
        up.run();
        long ready = System.currentTimeMillis();
        restart.notes().append(String.format("ready after %.1f s", (ready - relaunched) / 1000.0));
        Mark settle = begin("after " + part + " restart");
        faults.add(new Fault(part, began, relaunched, ready, settle));
        Thread.sleep(o.settle().toMillis());
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private Mark begin(String name) {
        long now = System.currentTimeMillis();
        end();
        Mark m = new Mark(name, now, new long[] { 0 }, new StringBuilder());
        marks.add(m);
        phase = name;
        out.printf("  %6.1f s  %s%n", (now - t0) / 1000.0, name);
        return m;
    }

    private void end() {
        if (!marks.isEmpty()) {
            Mark last = marks.get(marks.size() - 1);
            if (last.endMillis()[0] == 0) {
                last.endMillis()[0] = System.currentTimeMillis();
            }
        }
    }

    private Map<String, String> databases() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (stack.database(spec) != null) {
                urls.put(spec.name(), stack.postgres().superuserJdbcUrl(stack.database(spec).database()));
            }
        }
        return urls;
    }

    private StoreState readState() throws SQLException {
        Map<String, String> urls = databases();
        return StoreState.read(urls.get(ServiceSpec.INTAKE.name()), urls.get(ServiceSpec.ADAPTER.name()),
                urls.get(ServiceSpec.CASES.name()), urls, "FAULT-" + runId + "-", "F" + runId + "-");
    }

    /**
     * Polls until every stored notice of the run is a case notice and every outbox is published (twice in a row),
     * or nothing changed for a minute, or the convergence timeout passed.
     */
    private StoreState awaitConvergence() throws Exception {
        long deadline = System.currentTimeMillis() + o.convergenceTimeout().toMillis();
        long stall = Math.min(60_000, o.convergenceTimeout().toMillis());
        String lastProgress = null;
        long lastChange = System.currentTimeMillis();
        boolean completeOnce = false;
        SQLException lastError = null;
        while (true) {
            StoreState s = null;
            try {
                s = readState();
            } catch (SQLException e) {
                lastError = e;
            }
            long now = System.currentTimeMillis();
            if (s != null) {
                boolean complete = s.storedNotRegistered() == 0 && s.unpublishedTotal() == 0;
                if (complete && completeOnce && s.progress().equals(lastProgress)) {
                    return s;
                }
                completeOnce = complete;
                if (!s.progress().equals(lastProgress)) {
                    lastProgress = s.progress();
                    lastChange = now;
                } else if (now - lastChange > stall) {
                    return s;
                }
                if (now > deadline) {
                    return s;
                }
            } else if (now > deadline) {
                throw new IllegalStateException("the databases could not be read after the faults", lastError);
            }
            Thread.sleep(1000);
        }
    }

    private static String convergenceNote(StoreState s) {
        return s.storedNotRegistered() == 0 && s.unpublishedTotal() == 0 ? "settled"
                : "NOT settled: " + s.storedNotRegistered() + " stored notices not cases, " + s.unpublishedTotal()
                        + " outbox rows unpublished";
    }

    /** Audit records of the caseworker's reads: action → case id → records. */
    private Map<String, Map<String, Integer>> audited(String subject) throws SQLException {
        Map<String, Map<String, Integer>> audited = new HashMap<>();
        try (Connection c = DriverManager.getConnection(databases().get(ServiceSpec.CASES.name()));
                PreparedStatement ps = c.prepareStatement("select a.action, r.resource_id, count(*) from audit_record a,"
                        + " unnest(a.resource_ids) as r(resource_id) where a.actor_subject = ?"
                        + " and a.action in ('case.read', 'case.list') group by a.action, r.resource_id")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audited.computeIfAbsent(rs.getString(1), a -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        return audited;
    }

    /** The phases table: per phase the receipts and failed first tries of requests sent in it, and the notes. */
    private void phases(FaultReport report, List<SentNotice> ledger) throws SQLException {
        List<SentNotice.Answer> firsts;
        List<SentNotice.Answer> landlordFirsts;
        synchronized (ledger) {
            firsts = ledger.stream().map(n -> n.first).filter(a -> a != null).toList();
            landlordFirsts = ledger.stream().filter(n -> n.source == SentNotice.Source.LANDLORD).map(n -> n.first)
                    .filter(a -> a != null).toList();
        }
        for (Fault f : faults) {
            f.settle().notes().append(afterFault(f, landlordFirsts));
        }
        for (Mark m : marks) {
            int receipts = 0;
            Map<String, Integer> failures = new TreeMap<>();
            for (SentNotice.Answer a : firsts) {
                if (a.phase().equals(m.name())) {
                    if (a.isReceipt()) {
                        receipts++;
                    } else {
                        failures.merge(a.kind(), 1, Integer::sum);
                    }
                }
            }
            report.phases.add(new FaultReport.Phase(m.name(), (m.startMillis() - t0) / 1000.0,
                    (m.endMillis()[0] - m.startMillis()) / 1000.0, receipts, failures, m.notes().toString()));
        }
    }

    /** How long the platform took to be whole again after a fault. */
    private String afterFault(Fault f, List<SentNotice.Answer> firsts) throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Connection c = DriverManager.getConnection(databases().get(ServiceSpec.CASES.name()));
                PreparedStatement ps = c.prepareStatement("select min(registered_at) from case_notice where registered_at > ?")) {
            ps.setTimestamp(1, new Timestamp(f.relaunchedMillis()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp first = rs.getTimestamp(1);
                s.append(first == null ? "no case registered after the relaunch"
                        : String.format("first new case %.1f s after the relaunch", (first.getTime() - f.relaunchedMillis()) / 1000.0));
            }
        }
        // the longest time without a landlord receipt around the fault, as the landlords saw it
        long from = f.beganMillis() - 2000;
        long to = f.settle().endMillis()[0];
        List<Long> answered = new ArrayList<>(firsts.stream().filter(a -> a.isReceipt() && a.answeredAtMillis() >= from
                && a.answeredAtMillis() <= to).map(SentNotice.Answer::answeredAtMillis).toList());
        Collections.sort(answered);
        long gap = 0;
        long previous = from;
        for (long t : answered) {
            gap = Math.max(gap, t - previous);
            previous = t;
        }
        gap = Math.max(gap, to - previous);
        s.append(String.format("; longest time without a receipt around the fault %.1f s", gap / 1000.0));
        return s.toString();
    }

    static String kinds(List<SentNotice.Answer> answers) {
        Map<String, Integer> kinds = new TreeMap<>();
        answers.forEach(a -> kinds.merge(a == null ? "none" : a.kind(), 1, Integer::sum));
        return kinds.toString();
    }

    static Set<String> setOf(List<String> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
