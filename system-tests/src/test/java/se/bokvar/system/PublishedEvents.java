package se.bokvar.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import se.bokvar.contracts.Topic;
import se.bokvar.contracts.Topics;

/**
 * Every record on every topic of the platform ({@link Topics#ALL}), read from the beginning up to the end offsets
 * of the moment, as the CloudEvent it is: the relay publishes in binary content mode (attributes as {@code ce_*}
 * headers and {@code content-type}, data as the record value). Manual assignment, no consumer group: reading leaves
 * nothing behind on the broker.
 */
final class PublishedEvents {

    /** One published event: where it was, its attributes (headers) and its data (the record value, raw). */
    record Event(String topic, int partition, long offset, Map<String, String> headers, byte[] data) {

        String id() {
            return headers.getOrDefault("ce_id", "(no ce_id) " + topic + "/" + partition + "@" + offset);
        }

        String type() {
            return headers.getOrDefault("ce_type", "(no ce_type)");
        }
    }

    private PublishedEvents() {
    }

    static List<Event> readAll(String bootstrapServers, Duration timeout) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.setProperty(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : Topics.ALL) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading the platform's topics took longer than " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    events.add(new Event(r.topic(), r.partition(), r.offset(), headers, r.value()));
                }
            }
        }
        return events;
    }
}
