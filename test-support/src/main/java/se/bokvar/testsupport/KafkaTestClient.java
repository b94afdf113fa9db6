package se.bokvar.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes the test broker's topics directly, as another service would. */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Reads {@code topic} from the beginning until {@code count} records match, or fails after {@code timeout}. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && found.size() < count) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** The value of a header as text, or null. */
    /**
     * Waits until the consumer group has every member it expects and is stable (no rebalance under way or pending):
     * a test that counts dead letters must not start while a joining consumer can still take a partition whose batch
     * is being applied, since the batch is then applied again by the next owner.
     */
    public static void awaitStableGroup(String groupId, int members, Duration timeout) {
        Properties p = new Properties();
        p.setProperty(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            Instant deadline = Instant.now().plus(timeout);
            String seen = "not described";
            int stableInARow = 0;
            while (Instant.now().isBefore(deadline)) {
                var group = admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get();
                seen = group.groupState() + " with " + group.members().size() + " members";
                boolean stable = group.groupState() == org.apache.kafka.common.GroupState.STABLE
                        && group.members().size() >= members;
                stableInARow = stable ? stableInARow + 1 : 0;
                if (stableInARow >= 3) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("consumer group " + groupId + " not stable within " + timeout + ": " + seen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot describe consumer group " + groupId, e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** One record to publish: CloudEvent attributes (binary mode) and the data as JSON (or anything, for hostile input). */
    public record Outgoing(String key, String ceId, String ceType, String subject, String json) {
    }

    /** Publishes one record with CloudEvent headers (binary mode), as a producing service would. */
    public static void publish(String topic, String key, String ceId, String ceType, String subject, String json) {
        publishAll(topic, List.of(new Outgoing(key, ceId, ceType, subject, json)));
    }

    /**
     * Publishes the records in order through one producer and waits for all: sent together, they reach a consumer
     * together (in one poll, as far as the consumer's timing allows), as a busy producer's records do.
     */
    public static void publishAll(String topic, List<Outgoing> records) {
        Properties p = new Properties();
        p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        p.setProperty(ProducerConfig.LINGER_MS_CONFIG, "20");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Outgoing o : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, o.key(), o.json());
                record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", o.ceId().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", o.ceType().getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_source", "/bokvar/test".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_time", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
                if (o.subject() != null) {
                    record.headers().add("ce_subject", o.subject().getBytes(StandardCharsets.UTF_8));
                }
                record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("publishing to " + topic + " failed", e);
        }
    }
}
