package se.bokvar.bench.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Watches what the stack's SMTP server received, through the local mail page {@code ./bokvar up} serves (GreenMail
 * in the launcher; the page lists every message received since the stack started, with its Message-ID): reads it
 * every {@code pollMs} (less often when one read takes more than a quarter of that) and notes, for every awaited Message-ID, when it was first listed (the moment the page's
 * answer began: the server built the list before answering, so the mail had arrived by then — an upper bound, at most
 * one poll interval plus one page late) and how many times it is listed (a mail received twice is listed twice).
 * A Message-ID of one of the run's alerts that no recipient should have is kept as unexpected.
 */
final class MailPage implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("Message-ID: &lt;([^&<]*)&gt;");

    private final HttpClient http;
    private final URI page;
    private final int pollMs;
    /** Message-ID → alert id prefix, for the ids awaited. */
    private final Set<String> awaited = ConcurrentHashMap.newKeySet();
    /** Alert ids of the run (as text), to spot unexpected mails about them. */
    private final Set<String> alertIds = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final Map<String, Integer> copies = new ConcurrentHashMap<>();
    private final Map<String, Integer> unexpected = new ConcurrentHashMap<>();
    private final Histogram fetch = new ConcurrentHistogram(3);
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger listed = new AtomicInteger();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private volatile boolean running = true;
    private Thread thread;

    MailPage(HttpClient http, String page, int pollMs) {
        this.http = http;
        this.page = URI.create(page);
        this.pollMs = pollMs;
    }

    /** How many messages the page lists now (also checks it answers). */
    int count() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the mail page " + page + " answered " + r.statusCode());
        }
        int n = 0;
        Matcher m = MESSAGE_ID.matcher(r.body());
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Awaits these Message-IDs (of alert {@code alertId}). */
    void await(String alertId, Iterable<String> messageIds) {
        alertIds.add(alertId);
        messageIds.forEach(awaited::add);
    }

    void start() {
        thread = new Thread(this::loop, "mail-page");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            long t0 = System.nanoTime();
            try {
                poll();
            } catch (Exception e) {
                failures.incrementAndGet();
                lastFailure.set(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            // the page lists every message since the stack started: reading it gets dearer as mails arrive, so the
            // reads take at most a quarter of the time (at most one read per three reads' time of waiting)
            long took = (System.nanoTime() - t0) / 1_000_000;
            long left = Math.max(pollMs, 4 * took) - took;
            if (left > 0) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void poll() throws Exception {
        AtomicReference<Instant> answered = new AtomicReference<>();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).GET().build(), info -> {
            answered.set(Instant.now());
            return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
        });
        fetch.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
        Instant at = answered.get();
        Map<String, Integer> seen = new HashMap<>();
        int n = 0;
        Matcher m = MESSAGE_ID.matcher(r.body());
        while (m.find()) {
            n++;
            String id = "<" + m.group(1) + ">";
            if (awaited.contains(id)) {
                seen.merge(id, 1, Integer::sum);
            } else if (id.length() > 37 && alertIds.contains(id.substring(1, 37))) {
                unexpected.merge(id, 1, Integer::sum);
            }
        }
        listed.set(n);
        seen.forEach((id, k) -> {
            firstSeen.putIfAbsent(id, at);
            copies.merge(id, k, Math::max);
        });
        polls.incrementAndGet();
    }

    /** When the Message-ID was first listed, or null. */
    Instant firstSeen(String messageId) {
        return firstSeen.get(messageId);
    }

    /** How many times it was listed (at most, over the polls). */
    int copies(String messageId) {
        return copies.getOrDefault(messageId, 0);
    }

    Map<String, Integer> unexpected() {
        return Map.copyOf(unexpected);
    }

    /** How long reading the page took (µs). */
    Histogram fetchTimes() {
        return fetch;
    }

    int polls() {
        return polls.get();
    }

    int failures() {
        return failures.get();
    }

    String lastFailure() {
        return lastFailure.get();
    }

    /** Messages the page listed at the last poll. */
    int listed() {
        return listed.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
    }
}
