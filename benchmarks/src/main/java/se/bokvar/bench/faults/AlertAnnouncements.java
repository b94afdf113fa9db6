package se.bokvar.bench.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.CloudEventAttributes;
import se.bokvar.contracts.Topics;

/**
 * The deadline alerts as the platform announced them: every {@code se.bokvar.case.deadline-alert.v1} event on
 * {@code bokvar.case.events.v1}, read from the beginning of every partition up to its end (no consumer group).
 * An alert announced twice is two events with different ids about the same (case, deadline, due day, alert); the
 * same event id seen twice is a redelivery (at-least-once publishing), which consumers drop by its id.
 */
final class AlertAnnouncements {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** (case, deadline, due day, alert) → distinct event ids. */
    final Map<String, Set<String>> byAlert = new HashMap<>();
    /** event id → how many copies are on the topic. */
    final Map<String, Integer> copies = new HashMap<>();
    /** "deadline/alert" (e.g. RECOVERY_PERIOD/BREACHED) → the case ids it was announced for. */
    final Map<String, Set<String>> casesByAlert = new HashMap<>();

    static AlertAnnouncements read(String bootstrapServers, Duration timeout) {
        AlertAnnouncements a = new AlertAnnouncements();
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS.name(), timeout).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + Topics.CASE_EVENTS.name() + " took longer than " + timeout);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    a.add(r);
                }
            }
        }
        return a;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void add(ConsumerRecord<String, String> r) {
        if (!CaseEvents.DEADLINE_ALERT.type().equals(header(r, CloudEventAttributes.TYPE))) {
            return;
        }
        String id = header(r, CloudEventAttributes.ID);
        try {
            JsonNode data = JSON.readTree(r.value());
            String caseId = data.path("caseId").asText();
            String deadline = data.path("deadline").asText();
            String alert = data.path("alert").asText();
            String key = caseId + "/" + deadline + "/" + data.path("dueOn").asText() + "/" + alert;
            byAlert.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            copies.merge(id, 1, Integer::sum);
            casesByAlert.computeIfAbsent(deadline + "/" + alert, k -> new HashSet<>()).add(caseId);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a deadline alert event " + id + " is not JSON", e);
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The cases a "deadline/alert" was announced for. */
    Set<String> cases(String deadlineAndAlert) {
        return casesByAlert.getOrDefault(deadlineAndAlert, Set.of());
    }

    /** Distinct breach announcements (BREACHED alerts, counted once per event id). */
    long breaches() {
        return byAlert.entrySet().stream().filter(e -> e.getKey().endsWith("/BREACHED")).mapToLong(e -> e.getValue().size()).sum();
    }

    /** Breaches announced more than once (extra events with other ids about the same breach). */
    long duplicateBreaches() {
        return byAlert.entrySet().stream().filter(e -> e.getKey().endsWith("/BREACHED"))
                .mapToLong(e -> e.getValue().size() - 1).sum();
    }

    /** Alerts of any kind announced more than once. */
    long duplicateAlerts() {
        return byAlert.values().stream().mapToLong(ids -> ids.size() - 1).sum();
    }

    /** Extra copies of the same event on the topic (publisher retries; harmless). */
    long redeliveredCopies() {
        return copies.values().stream().mapToLong(n -> n - 1).sum();
    }
}
