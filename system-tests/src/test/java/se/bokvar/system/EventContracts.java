package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import se.bokvar.contracts.asyncapi.AsyncApiGenerator;
import se.bokvar.local.stack.Stack;

/**
 * The platform's AsyncAPI document ({@value AsyncApiGenerator#RESOURCE}, as every service serves it) used as the
 * judge of what was really published: an event's type must be a message of the document, on the channel whose
 * address is the topic it was found on; its attributes (Kafka headers) must match the message's headers schema and
 * its data the message's payload schema (JSON Schema draft-07, the base of AsyncAPI's default schema format; format
 * assertions on, so a date must be a date). A violation names where and what, never the value: data may hold
 * personal data.
 */
final class EventContracts {

    private static final String BASE = "https://bokvar.se/asyncapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> topicOfType = new HashMap<>();
    private final Map<String, Schema> headers = new HashMap<>();
    private final Map<String, Schema> payloads = new HashMap<>();

    private EventContracts(String document) throws IOException {
        JsonNode doc = JSON.readTree(document);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(BASE, document))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        doc.path("channels").forEach(channel -> channel.path("messages").fieldNames()
                .forEachRemaining(type -> topicOfType.put(type, channel.path("address").asText())));
        doc.at("/components/messages").fieldNames().forEachRemaining(type -> {
            String message = BASE + "#/components/messages/" + type;
            headers.put(type, registry.getSchema(SchemaLocation.of(message + "/headers")));
            payloads.put(type, registry.getSchema(SchemaLocation.of(message + "/payload")));
        });
    }

    /** The document on the classpath (event-contracts), the one the services serve. */
    static EventContracts load() {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(AsyncApiGenerator.RESOURCE + " is not on the classpath");
            }
            return new EventContracts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every event on every topic of the stack's Kafka from the beginning and asserts that each matches the
     * document, that every type seen is known, that at least {@code minimum} were checked and that the expected types
     * are among them (so the check cannot pass on an empty or partial read).
     */
    static Verdict assertEveryPublishedEventMatches(Stack stack, int minimum, String... expectedTypes) {
        EventContracts contracts = load();
        Verdict verdict = contracts.judge(PublishedEvents.readAll(stack.kafka().bootstrapServers(), Duration.ofSeconds(60)));
        System.out.println(verdict.summary());
        assertThat(verdict.invalid()).as("events that do not match the AsyncAPI document").isEmpty();
        assertThat(contracts.types()).as("every event type seen is a message of the document")
                .containsAll(verdict.typesSeen());
        assertThat(verdict.validated()).as("events validated").isGreaterThanOrEqualTo(minimum);
        assertThat(verdict.typesSeen()).as("event types the run published").contains(expectedTypes);
        return verdict;
    }

    /** The event types the document knows. */
    Set<String> types() {
        return payloads.keySet();
    }

    /** What is wrong with the event by the document; empty when it matches. Never quotes a value. */
    List<String> violations(PublishedEvents.Event event) {
        List<String> violations = new ArrayList<>();
        String type = event.type();
        if (!payloads.containsKey(type)) {
            violations.add("ce_type is not a message of the AsyncAPI document");
            return violations;
        }
        if (!event.topic().equals(topicOfType.get(type))) {
            violations.add("published on " + event.topic() + ", but the document puts it on " + topicOfType.get(type));
        }
        ObjectNode attributes = JSON.createObjectNode();
        event.headers().forEach(attributes::put);
        headers.get(type).validate(attributes).forEach(e -> violations.add("headers " + describe(e)));
        JsonNode data;
        try {
            data = event.data() == null ? null : JSON.readTree(event.data());
        } catch (IOException e) {
            data = null; // the parser's message quotes the input: not repeated here
        }
        if (data == null) {
            violations.add("data is missing or not JSON");
            return violations;
        }
        payloads.get(type).validate(data).forEach(e -> violations.add("data " + describe(e)));
        return violations;
    }

    /** The judgement of a run's events: how many were checked, which failed and why, which types were seen. */
    record Verdict(int validated, List<String> invalid, Map<String, Integer> countByType) {

        Set<String> typesSeen() {
            return countByType.keySet();
        }

        String summary() {
            return String.format("Events: %d published, checked against the AsyncAPI document, %d invalid; by type %s",
                    validated, invalid.size(), countByType);
        }
    }

    /** Judges every event; an invalid one is listed by id, type and what is wrong (never its data). */
    Verdict judge(List<PublishedEvents.Event> events) {
        List<String> invalid = new ArrayList<>();
        Map<String, Integer> countByType = new TreeMap<>();
        for (PublishedEvents.Event event : events) {
            countByType.merge(event.type(), 1, Integer::sum);
            List<String> violations = violations(event);
            if (!violations.isEmpty()) {
                invalid.add(event.id() + " " + event.type() + " (" + event.topic() + "): " + String.join("; ", violations));
            }
        }
        return new Verdict(events.size(), invalid, countByType);
    }

    /** Where and which rule: the instance location and the message (the messages quote the schema, not the data). */
    private static String describe(Error e) {
        String where = String.valueOf(e.getInstanceLocation());
        return (where.isEmpty() ? "/" : where) + " [" + e.getKeyword() + "] " + e.getMessage();
    }
}
