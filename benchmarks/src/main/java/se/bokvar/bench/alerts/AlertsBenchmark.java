package se.bokvar.bench.alerts;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Cli;
import se.bokvar.bench.common.OpenLoop;
import se.bokvar.bench.common.Procs;
import se.bokvar.contracts.Topics;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * {@code ./bokvar bench alerts}: alert delivery, from case-service's deadline-alert event on Kafka to the e-mail in
 * the stack's SMTP server. Publishes {@code se.bokvar.case.deadline-alert.v1} CloudEvents ({@link AlertEvent}, as
 * the outbox relay does) to the stack's Kafka at a fixed rate — open loop, each alert's time counted from its due
 * time — for cases of their own, to recipients the desk can resolve ({@link Recipients}); watches the local mail page
 * for each expected Message-ID ({@link MailPage}); and checks with the desk's own table ({@code alert_delivery} in
 * {@code bokvar_web}) where each alert went and when it was recorded and sent. Prints publish → mail p50/p95/p99/max
 * (per mail and per alert), its parts (publish → recorded by the desk, → marked sent), the counts (every expected mail
 * exactly once: none missing, none doubled, none unexpected), the desk's CPU per alert and the load average.
 * Target: p99 at most 5 s at 50 alerts/s.
 */
public final class AlertsBenchmark {

    private static final String MAILBOXES_SAMPLE = "caseworker-web/src/main/resources/sample/alert-mailboxes.sample.csv";

    private AlertsBenchmark() {
    }

    public static int run(String[] args) throws Exception {
        return Cli.run(args, AlertOptions.HELP, AlertOptions::parse, AlertsBenchmark::execute);
    }

    /** One published alert: when it was due and whether Kafka acknowledged it. */
    private static final class Sent {
        final AlertEvent event;
        volatile Instant due;
        volatile boolean acked;

        Sent(AlertEvent event) {
            this.event = event;
        }
    }

    static int execute(AlertOptions o) throws Exception {
        System.out.printf("bokvar alerts benchmark: %d alerts at %.0f/s (open loop), %d warm-up, %.0f %% breached; Kafka %s;"
                + " mail page %s; PostgreSQL 127.0.0.1:%d; %d cores; load average %.1f%n", o.count(), o.rate(), o.warmup(),
                o.breachedShare() * 100, o.kafka(), o.mailPage(), o.pgPort(), Runtime.getRuntime().availableProcessors(),
                Procs.loadAverage());

        List<Long> desk = Procs.service("caseworker-web", o.deskPort());
        List<Long> postgres = Procs.postgres(o.pgPort());
        Map<String, String> env = desk.isEmpty() ? Map.of() : Procs.environment(desk.get(0));
        String directory = o.directory() != null ? o.directory() : configured(env.get("BOKVAR_CASEWORKER_DIRECTORY"), CaseworkerDirectory.SAMPLE);
        String mailboxes = o.mailboxes() != null ? o.mailboxes() : configured(env.get("BOKVAR_ALERT_MAILBOXES"), MAILBOXES_SAMPLE);
        if (!mailboxes.startsWith("classpath:") && !Files.exists(Path.of(mailboxes))) {
            System.err.println("The units' mailboxes file " + mailboxes + " is not there (run from the repository's root, or --mailboxes FILE)");
            return 2;
        }
        Recipients recipients = new Recipients(directory, mailboxes);
        String interval = env.getOrDefault("BOKVAR_ALERT_SEND_INTERVAL", "10s (default)");
        String batch = env.getOrDefault("BOKVAR_ALERTS_BATCH_SIZE", "50 (default)");
        System.out.printf("The desk: %s; caseworker directory %s (%d caseworkers), mailboxes %s (%d lines); its sender runs every"
                + " %s, at most %s mails a round%n", desk.isEmpty() ? "its JVM not found in /proc (port " + o.deskPort() + ")" : "pid " + desk,
                directory, recipients.caseworkers().size(), mailboxes, recipients.mailboxCount(), interval, batch);
        double capacity = capacity(interval, batch);
        if (capacity > 0) {
            System.out.printf("  so it sends at most %.1f mails/s; this run needs about %.0f mails/s%n", capacity,
                    o.rate() * (1 + o.breachedShare()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        HttpClient http = BenchHttp.client(pool, Duration.ofSeconds(5));
        Properties p = new Properties();
        p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, o.kafka());
        p.setProperty(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.setProperty(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        p.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.setProperty(ProducerConfig.LINGER_MS_CONFIG, "2");
        p.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
        p.setProperty(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "bokvar-bench-alerts");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p); MailPage mail = new MailPage(http, o.mailPage(), o.pollMs())) {
            int partitions = producer.partitionsFor(Topics.CASE_EVENTS.name()).size();
            int before = mail.count();
            System.out.printf("Kafka: %s has %d partitions; the mail page lists %,d messages before the run%n",
                    Topics.CASE_EVENTS.name(), partitions, before);

            SplittableRandom random = new SplittableRandom(42);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
            List<Sent> warm = new ArrayList<>();
            List<Sent> measured = new ArrayList<>();
            for (int i = 0; i < o.warmup() + o.count(); i++) {
                Sent s = new Sent(AlertEvent.random(random, recipients, o.breachedShare(), today, i));
                (i < o.warmup() ? warm : measured).add(s);
                mail.await(s.event.alertId().toString(), s.event.messageIds());
            }
            long noRecipient = measured.stream().filter(s -> s.event.expected().isEmpty()).count();
            if (noRecipient > 0) {
                System.out.printf("  %d alerts resolve to nobody with these files%n", noRecipient);
            }
            mail.start();
            Histogram ack = new ConcurrentHistogram(3);
            Map<String, Integer> publishErrors = new ConcurrentHashMap<>();

            if (!warm.isEmpty()) {
                double l0 = Procs.loadAverage();
                publish(producer, warm, o.rate(), ack, publishErrors);
                boolean all = awaitMails(mail, warm, o.timeoutSeconds());
                Histogram w = perMail(mail, warm);
                System.out.printf("Warm-up: %d alerts, %d of %d mails %s, publish -> mail p50 %s, max %s (load %.1f -> %.1f)%n",
                        warm.size(), w.getTotalCount(), expectedMails(warm), all ? "arrived" : "arrived within the timeout",
                        s(w, 50), s(w, 100), l0, Procs.loadAverage());
                ack.reset();
            }

            double load0 = Procs.loadAverage();
            double deskCpu0 = Procs.cpuSeconds(desk, false);
            double pgCpu0 = Procs.cpuSeconds(postgres, true);
            long t0 = System.nanoTime();
            publish(producer, measured, o.rate(), ack, publishErrors);
            double publishSeconds = (System.nanoTime() - t0) / 1e9;
            double loadPublished = Procs.loadAverage();
            System.out.printf("Published %d alerts in %.1f s (%.1f/s); Kafka acknowledged %d, ack p50 %.1f ms, p99 %.1f ms; errors %s"
                    + " (load %.1f -> %.1f)%n", measured.size(), publishSeconds, measured.size() / publishSeconds,
                    measured.stream().filter(x -> x.acked).count(), ack.getValueAtPercentile(50) / 1000.0,
                    ack.getValueAtPercentile(99) / 1000.0, publishErrors.isEmpty() ? "none" : publishErrors, load0, loadPublished);
            boolean allArrived = awaitMails(mail, measured, o.timeoutSeconds());
            double waited = (System.nanoTime() - t0) / 1e9 - publishSeconds;
            double deskCpu = Procs.cpuSeconds(desk, false) - deskCpu0;
            double pgCpu = Procs.cpuSeconds(postgres, true) - pgCpu0;
            double load1 = Procs.loadAverage();
            System.out.printf("%s %.1f s after the last alert (load %.1f); looking for doubles for %d s more ...%n",
                    allArrived ? "Every expected mail arrived" : "NOT every expected mail arrived", waited, load1, o.settleSeconds());
            Thread.sleep(TimeUnit.SECONDS.toMillis(o.settleSeconds()) + 2L * o.pollMs());

            Desk d = deskTable(o.pgPort(), measured);
            Histogram perMail = perMail(mail, measured, d.sentAt());
            Histogram listed = perMail(mail, measured);
            Histogram perAlert = perAlert(mail, measured, d.sentAt());
            int expected = expectedMails(measured);
            int arrived = 0;
            int doubled = 0;
            for (Sent s : measured) {
                for (String id : s.event.messageIds()) {
                    int n = mail.copies(id);
                    arrived += n > 0 ? 1 : 0;
                    doubled += n > 1 ? 1 : 0;
                }
            }
            Map<String, Integer> unexpected = mail.unexpected();

            System.out.println();
            System.out.printf("Mail page: %d polls every %d ms, reading it took p50 %.1f ms, max %.1f ms (%,d messages listed at the"
                    + " end); %d failed polls%s%n", mail.polls(), o.pollMs(), mail.fetchTimes().getValueAtPercentile(50) / 1000.0,
                    mail.fetchTimes().getMaxValue() / 1000.0, mail.listed(), mail.failures(),
                    mail.failures() == 0 ? "" : " (last: " + mail.lastFailure() + ")");
            System.out.printf("%-44s %8s %8s %8s %8s %8s  (s, from each alert's due time)%n", "", "count", "p50", "p95", "p99", "max");
            print("publish -> mail in the SMTP server", perMail);
            print("publish -> all of an alert's mails", perAlert);
            print("  publish -> recorded by the desk (DB)", d.recorded());
            print("  publish -> marked sent by the desk (DB)", d.sent());
            print("  publish -> first listed on the mail page", listed);
            System.out.printf("%nMails: %d expected for %d alerts (%d to caseworkers, %d breached alerts); arrived %d, not arrived"
                    + " by the end %d, doubled %d, unexpected %d%n", expected, measured.size(), d.toCaseworkers(),
                    measured.stream().filter(s -> "BREACHED".equals(s.event.alert())).count(), arrived, expected - arrived, doubled,
                    unexpected.size());
            System.out.printf("The desk's table: %d rows for the run's alerts, %d as expected, %d expected but not recorded, %d not"
                    + " expected, %d recorded but not sent yet, %d sent after more than one attempt%n", d.rows(), d.matching(),
                    d.missing(), d.extra(), d.unsent(), d.retried());
            System.out.printf("CPU ms per alert (/proc, publish to last mail): caseworker-web %.1f, postgresql %.1f%n",
                    desk.isEmpty() ? Double.NaN : deskCpu * 1000 / measured.size(), pgCpu * 1000 / measured.size());

            double p99 = perMail.getTotalCount() == 0 ? Double.NaN : perMail.getValueAtPercentile(99) / 1e6;
            boolean exact = arrived == expected && doubled == 0 && unexpected.isEmpty() && d.missing() == 0 && d.extra() == 0;
            boolean latencyMet = allArrived && p99 <= o.p99TargetSeconds();
            boolean published = publishErrors.isEmpty() && measured.stream().allMatch(x -> x.acked);
            System.out.printf("%n| measure | result | target | met |%n|---|---|---|---|%n");
            System.out.printf("| alert -> mail at %.0f/s, %d alerts (load %.1f -> %.1f) | %d mails, p50 %s, p95 %s, p99 %s, max %s%s |"
                    + " p99 <= %.0f s | %s |%n", o.rate(), measured.size(), load0, load1, perMail.getTotalCount(), s(perMail, 50),
                    s(perMail, 95), s(perMail, 99), s(perMail, 100), allArrived ? "" : " (of those that arrived)",
                    o.p99TargetSeconds(), latencyMet ? "yes" : "no");
            System.out.printf("| every expected mail exactly once | %d of %d arrived (%d not by the end, of which %d still unsent in the"
                    + " desk's table), %d doubled, %d unexpected | all once | %s |%n", arrived, expected, expected - arrived, d.unsent(),
                    doubled, unexpected.size(), exact ? "yes" : "no");
            System.out.printf("| alerts published and acknowledged | %d of %d%s | all | %s |%n", measured.stream().filter(x -> x.acked).count(),
                    measured.size(), publishErrors.isEmpty() ? "" : "; " + publishErrors, published ? "yes" : "no");
            return latencyMet && exact && published ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String configured(String value, String fallback) {
        return value == null || value.isBlank() || "classpath".equals(value) ? fallback : value;
    }

    /** Mails per second the desk's sender can send: a batch per interval (0 when unknown). */
    static double capacity(String interval, String batch) {
        try {
            String i = interval.split(" ")[0].trim().toLowerCase(Locale.ROOT);
            double seconds = i.endsWith("ms") ? Double.parseDouble(i.substring(0, i.length() - 2)) / 1000
                    : i.endsWith("s") ? Double.parseDouble(i.substring(0, i.length() - 1))
                    : i.endsWith("m") ? Double.parseDouble(i.substring(0, i.length() - 1)) * 60
                    : Duration.parse(i.toUpperCase(Locale.ROOT)).toMillis() / 1000.0;
            return Integer.parseInt(batch.split(" ")[0].trim()) / seconds;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static void publish(KafkaProducer<String, String> producer, List<Sent> alerts, double rate, Histogram ack,
            Map<String, Integer> errors) throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        Instant wall = Instant.now().plusNanos(start - System.nanoTime());
        for (int i = 0; i < alerts.size(); i++) {
            Sent s = alerts.get(i);
            long due = start + i * interval;
            OpenLoop.awaitDue(due);
            s.due = wall.plusNanos(i * interval);
            try {
                producer.send(s.event.record(s.due), (metadata, failure) -> {
                    if (failure == null) {
                        s.acked = true;
                        ack.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                    } else {
                        errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                    }
                });
            } catch (RuntimeException e) {
                errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        producer.flush();
    }

    /** Waits until every expected mail of {@code alerts} was listed, at most {@code timeoutSeconds}; whether all were. */
    private static boolean awaitMails(MailPage mail, List<Sent> alerts, int timeoutSeconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        List<String> ids = new ArrayList<>();
        alerts.forEach(s -> ids.addAll(s.event.messageIds()));
        int from = 0;
        while (System.nanoTime() < end) {
            while (from < ids.size() && mail.firstSeen(ids.get(from)) != null) {
                from++;
            }
            if (from == ids.size()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int expectedMails(List<Sent> alerts) {
        return alerts.stream().mapToInt(s -> s.event.expected().size()).sum();
    }

    /** Publish (due) time → the mail first listed, per mail that arrived (µs). */
    private static Histogram perMail(MailPage mail, List<Sent> alerts) {
        return perMail(mail, alerts, Map.of());
    }

    /**
     * Publish (due) time → the mail's arrival, per mail the page listed (µs): the earlier of two upper bounds of the
     * arrival, the moment the page first listed it and the moment the desk marked it sent (after the SMTP server
     * accepted it), when {@code sentAt} has it.
     */
    private static Histogram perMail(MailPage mail, List<Sent> alerts, Map<String, Instant> sentAt) {
        Histogram h = new Histogram(3);
        for (Sent s : alerts) {
            for (String id : s.event.messageIds()) {
                Instant at = arrival(mail, sentAt, id);
                if (at != null && s.due != null) {
                    h.recordValue(Math.max(1, Duration.between(s.due, at).toNanos() / 1000));
                }
            }
        }
        return h;
    }

    /** When a listed mail arrived at the latest: the earlier of the page's first listing and the desk's mark; null if not listed. */
    private static Instant arrival(MailPage mail, Map<String, Instant> sentAt, String messageId) {
        Instant listed = mail.firstSeen(messageId);
        Instant sent = sentAt.get(messageId);
        return listed == null ? null : sent != null && sent.isBefore(listed) ? sent : listed;
    }

    /** Publish (due) time → the last of the alert's mails, per alert whose mails all arrived (µs). */
    private static Histogram perAlert(MailPage mail, List<Sent> alerts, Map<String, Instant> sentAt) {
        Histogram h = new Histogram(3);
        for (Sent s : alerts) {
            Instant last = null;
            boolean all = !s.event.expected().isEmpty();
            for (String id : s.event.messageIds()) {
                Instant at = arrival(mail, sentAt, id);
                if (at == null) {
                    all = false;
                } else if (last == null || at.isAfter(last)) {
                    last = at;
                }
            }
            if (all && s.due != null) {
                h.recordValue(Math.max(1, Duration.between(s.due, last).toNanos() / 1000));
            }
        }
        return h;
    }

    /** What the desk's {@code alert_delivery} table holds for the run's alerts. */
    record Desk(int rows, int matching, int missing, int extra, int unsent, int retried, int toCaseworkers, Histogram recorded,
            Histogram sent, Map<String, Instant> sentAt) {
    }

    private static Desk deskTable(int pgPort, List<Sent> alerts) throws Exception {
        Map<UUID, Sent> byAlert = new HashMap<>();
        alerts.forEach(s -> byAlert.put(s.event.alertId(), s));
        Map<UUID, List<String>> found = new HashMap<>();
        Map<String, Instant> sentAt = new HashMap<>();
        Histogram recorded = new Histogram(3);
        Histogram sent = new Histogram(3);
        int rows = 0;
        int unsent = 0;
        int retried = 0;
        int toCaseworkers = 0;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/bokvar_web?user=postgres");
                PreparedStatement ps = c.prepareStatement("select alert_id, recipient, recipient_kind, created_at, sent_at, attempts"
                        + " from alert_delivery where alert_id = any(?)")) {
            Array ids = c.createArrayOf("uuid", byAlert.keySet().toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    UUID alertId = rs.getObject(1, UUID.class);
                    found.computeIfAbsent(alertId, k -> new ArrayList<>()).add(rs.getString(2).strip().toLowerCase(Locale.ROOT));
                    toCaseworkers += "CASEWORKER".equals(rs.getString(3)) ? 1 : 0;
                    Instant due = byAlert.get(alertId).due;
                    Instant created = rs.getTimestamp(4).toInstant();
                    recorded.recordValue(Math.max(1, Duration.between(due, created).toNanos() / 1000));
                    if (rs.getTimestamp(5) == null) {
                        unsent++;
                    } else {
                        Instant at = rs.getTimestamp(5).toInstant();
                        sent.recordValue(Math.max(1, Duration.between(due, at).toNanos() / 1000));
                        sentAt.put(Recipients.messageId(alertId, rs.getString(2)), at);
                    }
                    retried += rs.getInt(6) > 1 ? 1 : 0;
                }
            }
        }
        int matching = 0;
        int missing = 0;
        int extra = 0;
        for (Sent s : alerts) {
            List<String> want = s.event.expected().stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> have = found.getOrDefault(s.event.alertId(), List.of());
            for (String w : want) {
                if (have.contains(w)) {
                    matching++;
                } else {
                    missing++;
                }
            }
            extra += (int) have.stream().filter(h -> !want.contains(h)).count();
        }
        return new Desk(rows, matching, missing, extra, unsent, retried, toCaseworkers, recorded, sent, sentAt);
    }

    static String s(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return "-";
        }
        long micros = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
        return micros < 1_000_000 ? String.format("%.0f ms", micros / 1000.0) : String.format("%.2f s", micros / 1e6);
    }

    static void print(String name, Histogram h) {
        if (h.getTotalCount() == 0) {
            System.out.printf("%-44s %8d%n", name, 0);
            return;
        }
        System.out.printf("%-44s %8d %8.2f %8.2f %8.2f %8.2f%n", name, h.getTotalCount(), h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(95) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }
}
