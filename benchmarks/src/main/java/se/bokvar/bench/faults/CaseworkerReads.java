package se.bokvar.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Tokens;

/**
 * A caseworker (Anna, Nordost, adult unit) looks notices up and reads their cases while the faults happen: every
 * answer 200 is a read of personal data that the audit trail must hold, also when the database restarted in the
 * middle of it (the read and its audit record commit together, or the read fails).
 */
final class CaseworkerReads {

    private final HttpClient http;
    private final Tokens tokens;
    private final String casesUrl;
    private final Duration interval;
    private final List<SentNotice> ledger;
    private final AtomicBoolean running = new AtomicBoolean();
    private final SplittableRandom random = new SplittableRandom(7);
    /** Successful answers per action and case id: "case.list" (lookup by notice) and "case.read". */
    final Map<String, Map<String, Integer>> answered = new ConcurrentHashMap<>();
    /** Every other outcome, by kind ("503", "timeout", ...), for the report. */
    final Map<String, Integer> otherOutcomes = new ConcurrentHashMap<>();
    /** Cases read once: read again by id, which works also while case-service works through a backlog. */
    private final List<String> knownCases = new ArrayList<>();
    /** Reads answered 200 while the notices streamed and the faults happened (the rest came after). */
    private volatile int answeredWhileRunning;
    private Thread thread;

    CaseworkerReads(HttpClient http, Tokens tokens, String casesUrl, Duration interval, List<SentNotice> ledger) {
        this.http = http;
        this.tokens = tokens;
        this.casesUrl = casesUrl;
        this.interval = interval;
        this.ledger = ledger;
    }

    void start() {
        if (interval.isZero()) {
            return;
        }
        running.set(true);
        thread = new Thread(this::loop, "faults-caseworker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running.set(false);
        if (thread != null) {
            thread.join();
        }
        answeredWhileRunning = answeredCount();
    }

    /**
     * Once every notice is a case: {@code count} more look-ups, so the audit check always has reads to check, also
     * when the machine was too slow for a case to exist while the faults happened.
     */
    void readSettled(int count) throws InterruptedException {
        if (interval.isZero()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            String noticeId = someReceivedNotice();
            if (noticeId != null) {
                readOnce(noticeId);
            }
        }
    }

    int answeredWhileRunning() {
        return answeredWhileRunning;
    }

    int answeredCount() {
        return answered.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
    }

    private void loop() {
        while (running.get()) {
            try {
                Thread.sleep(interval.toMillis());
                String known = someKnownCase();
                if (known != null) {
                    readCase(known);
                    continue;
                }
                String noticeId = someReceivedNotice();
                if (noticeId != null) {
                    readOnce(noticeId);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * A landlord notice that got its receipt at least two seconds ago, from the older half of those: case-service
     * registers each building's notices in order, so while it works through a backlog (after Kafka or case-service
     * was down) the older notices are the ones that are cases already, and a read finds a case to read and audit.
     */
    private String someReceivedNotice() {
        long before = System.currentTimeMillis() - 2000;
        List<SentNotice.Answer> candidates = new ArrayList<>();
        synchronized (ledger) {
            for (SentNotice n : ledger) {
                SentNotice.Answer a = n.first;
                if (n.source == SentNotice.Source.LANDLORD && a != null && a.isReceipt() && a.answeredAtMillis() < before) {
                    candidates.add(a);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(java.util.Comparator.comparingLong(SentNotice.Answer::answeredAtMillis));
        return candidates.get(random.nextInt((candidates.size() + 1) / 2)).noticeId();
    }

    /** Every other read, once there are some: a case read before, read again by its id. */
    private String someKnownCase() {
        synchronized (knownCases) {
            return knownCases.isEmpty() || random.nextBoolean() ? null : knownCases.get(random.nextInt(knownCases.size()));
        }
    }

    private void readOnce(String noticeId) throws InterruptedException {
        JsonNode list = get("/api/v1/cases?noticeId=" + noticeId);
        if (list == null || !list.isArray() || list.isEmpty()) {
            return;
        }
        List<String> caseIds = new ArrayList<>();
        list.forEach(c -> caseIds.add(c.path("id").asText()));
        caseIds.forEach(id -> count("case.list", id));
        String caseId = caseIds.get(0);
        if (readCase(caseId)) {
            synchronized (knownCases) {
                if (!knownCases.contains(caseId)) {
                    knownCases.add(caseId);
                }
            }
        }
    }

    private boolean readCase(String caseId) throws InterruptedException {
        if (get("/api/v1/cases/" + caseId) != null) {
            count("case.read", caseId);
            return true;
        }
        return false;
    }

    private void count(String action, String caseId) {
        answered.computeIfAbsent(action, a -> new ConcurrentHashMap<>()).merge(caseId, 1, Integer::sum);
    }

    /** The JSON answer of a 200, else null (the outcome counted). */
    private JsonNode get(String path) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(BenchHttp.get(URI.create(casesUrl + path), tokens, Duration.ofSeconds(10))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return BenchHttp.JSON.readTree(r.body());
            }
            otherOutcomes.merge(Integer.toString(r.statusCode()), 1, Integer::sum);
        } catch (java.net.http.HttpTimeoutException e) {
            otherOutcomes.merge("timeout", 1, Integer::sum);
        } catch (java.net.ConnectException e) {
            otherOutcomes.merge("connection refused", 1, Integer::sum);
        } catch (IOException e) {
            otherOutcomes.merge("I/O error", 1, Integer::sum);
        }
        return null;
    }

    Map<String, Integer> otherOutcomesSorted() {
        return new TreeMap<>(otherOutcomes);
    }
}
