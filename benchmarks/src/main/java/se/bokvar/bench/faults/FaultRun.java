package se.bokvar.bench.faults;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Tokens;
import se.bokvar.bench.faults.PhaseLog.Mark;
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
    private final PhaseLog log;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final StackDatabases databases;

    private FaultRun(Stack stack, FaultOptions options, PrintStream out) {
        this.stack = stack;
        this.o = options;
        this.out = out;
        this.log = new PhaseLog(out);
        this.databases = new StackDatabases(stack, runId);
    }

    /** Runs the faults against {@code stack} (started fresh for the run) and returns what was counted. */
    public static FaultReport run(Stack stack, FaultOptions options, PrintStream out) throws Exception {
        return new FaultRun(stack, options, out).execute();
    }

    private FaultReport execute() throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(4, daemon("faults-http"));
        ExecutorService workers = Executors.newFixedThreadPool(o.concurrency(), daemon("faults-send"));
        try {
            HttpClient http = BenchHttp.client(io, Duration.ofSeconds(3));
            String tokenUrl = stack.keycloak().tokenUrl();
            Duration tokenTimeout = Duration.ofSeconds(15);
            Tokens landlord = Tokens.clientCredentials(http, tokenUrl, "landlord-hemma", "hemma-demo-secret")
                    .withTimeout(tokenTimeout);
            Tokens kronofogden = Tokens.clientCredentials(http, tokenUrl, "kronofogden", "kronofogden-demo-secret")
                    .withTimeout(tokenTimeout);
            Tokens anna = Tokens.password(http, tokenUrl, "anna", "demo").withTimeout(tokenTimeout);
            landlord.get();
            kronofogden.get();
            String annaSubject = anna.subject();

            NoticeBodies bodies = new NoticeBodies(runId, 42);
            List<SentNotice> ledger = Collections.synchronizedList(new ArrayList<>());
            NoticeStream landlords = new NoticeStream("landlord", http, landlord,
                    URI.create(stack.url(ServiceSpec.INTAKE) + "/api/v1/notices/termination-unpaid-rent"), o.landlordRate(),
                    workers, o.requestTimeout(), i -> new SentNotice(SentNotice.Source.LANDLORD, i, bodies.landlordReference(i),
                            bodies.termination(i), UUID.randomUUID().toString()), log::current, ledger);
            NoticeStream evictions = new NoticeStream("kronofogden", http, kronofogden,
                    URI.create(stack.url(ServiceSpec.ADAPTER) + "/api/v1/evictions"), o.evictionRate(), workers,
                    o.requestTimeout(), i -> new SentNotice(SentNotice.Source.KRONOFOGDEN, i, bodies.kfmCaseNumber(i),
                            bodies.eviction(i), null), log::current, ledger);
            CaseworkerReads reads = new CaseworkerReads(http, anna, stack.url(ServiceSpec.CASES), o.readInterval(), ledger);

            out.printf("Fault run %s: %.1f landlord notices/s and %.1f eviction notices/s (real tokens), a caseworker reading"
                    + " every %d ms; %d round(s) of faults, each part down %d s; load average %s%n", runId, o.landlordRate(),
                    o.evictionRate(), o.readInterval().toMillis(), o.rounds(), o.downtime().toSeconds(),
                    FaultsCommand.loadAverage());
            landlords.limit(o.count());
            landlords.start();
            evictions.start();
            reads.start();

            Mark steady = log.begin("steady streaming");
            Thread.sleep(o.steady().toMillis());
            // the audit check is about reads while the faults happen: the caseworker must have a case to read (and
            // re-read by id) before the first fault, however slowly the machine registers the first notices
            long waitUntil = System.currentTimeMillis() + 120_000;
            while (reads.answeredCount() == 0 && !o.readInterval().isZero() && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(200);
            }
            steady.notes().append("caseworker reads answered before the first fault: ").append(reads.answeredCount());
            for (int round = 1; round <= o.rounds(); round++) {
                String r = o.rounds() > 1 ? " #" + round : "";
                fault("Kafka broker" + r, "SIGKILL", () -> stack.kafka().kill(), () -> stack.kafka().restart());
                fault("case-service" + r, "SIGKILL", () -> stack.killService(ServiceSpec.CASES),
                        () -> stack.restartService(ServiceSpec.CASES));
                fault("PostgreSQL" + r, "SIGKILL (crash recovery)", stack::killPostgres, stack::startPostgres);
            }

            if (o.count() > 0 && landlords.sent() < o.count()) {
                log.begin("streaming until " + o.count() + " landlord notices were sent");
                while (landlords.sent() < o.count()) {
                    Thread.sleep(200);
                }
            }
            log.begin("last answers (no new notices)");
            landlords.stop();
            evictions.stop();
            reads.stop();
            workers.shutdown();
            awaitLastAnswers(workers);

            Mark converging = log.begin("convergence (until every stored notice is a case and every outbox is published)");
            StoreState beforeRetry = databases.awaitConvergence(o.convergenceTimeout());
            converging.notes().append(StackDatabases.convergenceNote(beforeRetry));
            reads.readSettled(5);

            List<SentNotice> failed;
            synchronized (ledger) {
                failed = ledger.stream().filter(SentNotice::failedFirst).toList();
            }
            Mark retrying = log.begin("retry of the " + failed.size() + " failed requests (same body and key)");
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
            Mark again = log.begin("convergence after the retries");
            StoreState after = databases.awaitConvergence(o.convergenceTimeout());
            again.notes().append(StackDatabases.convergenceNote(after));

            log.begin("verification (SQL as superuser, the case events topic from the beginning)");
            AlertAnnouncements announced = after.alerts == null ? null
                    : AlertAnnouncements.read(stack.kafka().bootstrapServers(), Duration.ofSeconds(60));
            Map<String, Map<String, Integer>> audited = databases.audited(annaSubject);
            log.end();
            FaultReport report = new FaultReport();
            log.report(report, ledger, databases);
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
        Mark m = log.begin(part + " down (" + how + ")");
        down.run();
        Thread.sleep(o.downtime().toMillis());
        long relaunched = System.currentTimeMillis();
        Mark restart = log.begin(part + " starting again");
        up.run();
        long ready = System.currentTimeMillis();
        restart.notes().append(String.format("ready after %.1f s", (ready - relaunched) / 1000.0));
        Mark settle = log.begin("after " + part + " restart");
        log.fault(new PhaseLog.Fault(part, began, relaunched, ready, settle));
        Thread.sleep(o.settle().toMillis());
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    static String kinds(List<SentNotice.Answer> answers) {
        Map<String, Integer> kinds = new TreeMap<>();
        answers.forEach(a -> kinds.merge(a == null ? "none" : a.kind(), 1, Integer::sum));
        return kinds.toString();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
