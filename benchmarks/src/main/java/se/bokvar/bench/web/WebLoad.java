package se.bokvar.bench.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.OpenLoop;

/**
 * The desk's pages at a fixed arrival rate, open loop: page i is due at {@code start + i/rate} whatever happened to
 * the ones before, its latency counts from that due time (waiting for one of the {@code --concurrency} slots
 * included), in a fixed mix of the inbox, its filters and paging, and case pages of cases from the inbox. Every
 * page must answer 200 with its own HTML (the inbox's heading and list, the case's heading); anything else is an error
 * counted by kind. A redirect to Keycloak (the session ended) is an error too, and signs in again.
 */
final class WebLoad {

    /** One kind of page: its path (the case id is filled in), its share of the mix, what its HTML must hold. */
    record Kind(String name, String path, int weight, List<String> markers) {
    }

    static final String CASE = "case page";

    private static final List<String> INBOX = List.of("<h1>Inkorg</h1>", "id=\"inkorg-listor\"");
    private static final List<String> INBOX_WITH_CASES = List.of("<h1>Inkorg</h1>", "id=\"inkorg-listor\"",
            "<table aria-labelledby=\"arenden\">");

    /** The mix: the plain inbox most, its filters and later pages sometimes, case pages a third of the time. */
    static final List<Kind> KINDS = List.of(
            new Kind("inbox", "/inkorg", 40, INBOX_WITH_CASES),
            new Kind("inbox, pages 2-5", "/inkorg?sida=", 10, INBOX_WITH_CASES),
            new Kind("inbox tilldelad=me", "/inkorg?tilldelad=me", 5, INBOX),
            new Kind("inbox frist=BREACHED", "/inkorg?frist=BREACHED", 5, INBOX),
            new Kind("inbox typ=EVICTION", "/inkorg?typ=EVICTION", 5, INBOX),
            new Kind("inbox barn=true&tilldelad=unassigned", "/inkorg?barn=true&tilldelad=unassigned", 5, INBOX),
            new Kind(CASE, "/arenden/", 30, List.of("<h1>Ärende", "Visa tidslinjen")));

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/arenden/([0-9a-f-]{36})\"");

    record Result(int sent, double seconds, Histogram all, Map<String, Histogram> byKind, Map<String, Integer> errors,
            int signIns) {

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private WebLoad() {
    }

    /** The case ids linked from an inbox page. */
    static List<UUID> caseLinks(String html) {
        List<UUID> ids = new ArrayList<>();
        Matcher m = CASE_LINK.matcher(html);
        while (m.find()) {
            UUID id = UUID.fromString(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** {@code count} pages at {@code rate} per second, at most {@code concurrency} in flight. */
    static Result load(DeskSession session, ExecutorService background, List<UUID> cases, double rate, int concurrency,
            int count) throws InterruptedException {
        Histogram all = new ConcurrentHistogram(3);
        Map<String, Histogram> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k.name(), new ConcurrentHistogram(3)));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(count);
        AtomicBoolean signingIn = new AtomicBoolean();
        int signInsBefore = session.signIns();
        List<Kind> mix = new ArrayList<>();
        KINDS.forEach(k -> {
            for (int i = 0; i < k.weight(); i++) {
                mix.add(k);
            }
        });
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long interval = (long) (1e9 / rate);
        int caseIndex = 0;
        int pageIndex = 0;
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            OpenLoop.awaitDue(due);
            slots.acquire();
            Kind k = mix.get((int) ((i * 7919L) % mix.size()));
            String path = switch (k.path()) {
                case "/arenden/" -> "/arenden/" + cases.get(caseIndex++ % cases.size());
                case "/inkorg?sida=" -> "/inkorg?sida=" + (2 + pageIndex++ % 4);
                default -> k.path();
            };
            session.page(path, Duration.ofSeconds(30)).whenComplete((r, failure) -> {
                long micros = Math.max(1, (System.nanoTime() - due) / 1000);
                try {
                    String error = failure != null ? failure.getClass().getSimpleName() : check(r, k);
                    if (error == null) {
                        all.recordValue(micros);
                        byKind.get(k.name()).recordValue(micros);
                    } else {
                        errors.merge(error, 1, Integer::sum);
                        if (r != null && DeskSession.toSignIn(r) && signingIn.compareAndSet(false, true)) {
                            background.execute(() -> {
                                try {
                                    session.signIn();
                                } catch (Exception e) {
                                    errors.merge("sign-in again failed: " + e.getMessage(), 1, Integer::sum);
                                } finally {
                                    signingIn.set(false);
                                }
                            });
                        }
                    }
                } finally {
                    slots.release();
                    done.countDown();
                }
            });
        }
        if (!done.await(Math.max(60, (long) (count / rate) + 60), TimeUnit.SECONDS)) {
            errors.merge("no answer at the end", (int) done.getCount(), Integer::sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, seconds, all, byKind, new TreeMap<>(errors), session.signIns() - signInsBefore);
    }

    /** Null when the page is what it should be, else what was wrong. */
    static String check(HttpResponse<String> r, Kind k) {
        if (DeskSession.toSignIn(r)) {
            return "HTTP " + r.statusCode() + " to Keycloak (session ended)";
        }
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode() + " (" + k.name() + ")";
        }
        for (String marker : k.markers()) {
            if (!r.body().contains(marker)) {
                return "200 without " + marker + " (" + k.name() + ")";
            }
        }
        return null;
    }
}
