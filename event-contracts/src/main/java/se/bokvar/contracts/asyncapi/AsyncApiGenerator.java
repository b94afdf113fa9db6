package se.bokvar.contracts.asyncapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import se.bokvar.contracts.CloudEventAttributes;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.EventTypes;
import se.bokvar.contracts.Topic;
import se.bokvar.contracts.Topics;

/**
 * Generates the platform's AsyncAPI 3.0 document (JSON) from the contracts: one channel per {@link Topics topic},
 * one message and one {@code send} operation per {@link EventTypes event type}, and a JSON Schema for every payload
 * record, found by reflection over its record components. The committed result is
 * {@code se/bokvar/contracts/asyncapi.json} (served by every service at {@code /asyncapi.json}); a test regenerates
 * it and fails when the committed copy is stale.
 */
public final class AsyncApiGenerator {

    /** The classpath location of the committed document. */
    public static final String RESOURCE = "se/bokvar/contracts/asyncapi.json";

    /** Where descriptions come from (the test reads the records' Javadoc); may know nothing. */
    public interface Descriptions {
        /** The description of a record or enum type. */
        Optional<String> ofType(Class<?> type);

        /** The description of one record component. */
        Optional<String> ofComponent(Class<?> record, String component);

        Descriptions NONE = new Descriptions() {
            @Override
            public Optional<String> ofType(Class<?> type) {
                return Optional.empty();
            }

            @Override
            public Optional<String> ofComponent(Class<?> record, String component) {
                return Optional.empty();
            }
        };
    }

    /** The producing service of each topic (each topic has exactly one producer). */
    static final Map<String, String> PRODUCERS = Map.of(
            Topics.NOTICES.name(), "notice-intake-service",
            Topics.EVICTIONS.name(), "kronofogden-adapter",
            Topics.CASE_EVENTS.name(), "case-service",
            Topics.CONSENTS.name(), "consent-service",
            Topics.KRONOFOGDEN_DELIVERIES.name(), "kronofogden-adapter");

    private final Descriptions descriptions;
    private final Map<String, Object> schemas = new TreeMap<>();

    private AsyncApiGenerator(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /** The document for every topic and event type of the platform. */
    public static String generate(Descriptions descriptions) {
        return Json.write(new AsyncApiGenerator(descriptions).document(Topics.ALL, EventTypes.ALL));
    }

    Map<String, Object> document(List<Topic> topics, List<EventType<?>> types) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", map(
                "title", "bokvar events",
                "version", "v1",
                "description", "Every event the bokvar services exchange over Kafka. Events are CloudEvents 1.0 in binary"
                        + " content mode: the attributes are Kafka headers (ce_id, ce_source, ce_type, ce_time, ce_subject,"
                        + " content-type), the record value is the event's data as JSON, the record key is the partition key"
                        + " (a keyed hash, never personal data). The version is part of the type (…v1); a consumer ignores"
                        + " types it does not know, and an incompatible change gets a new type. Each topic has exactly one"
                        + " producing service (x-producer). Generated from the event-contracts module."));
        doc.put("defaultContentType", CloudEventAttributes.DATA_CONTENT_TYPE);
        doc.put("servers", map("local", map(
                "host", "127.0.0.1:19092",
                "protocol", "kafka",
                "description", "The broker of ./bokvar up (production: the cluster's bootstrap servers).")));

        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (Topic topic : topics) {
            String channelId = channelId(topic);
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (EventType<?> type : types) {
                if (!type.topic().equals(topic)) {
                    continue;
                }
                String messageId = type.type();
                channelMessages.put(messageId, ref("#/components/messages/" + messageId));
                messages.put(messageId, message(type));
                operations.put("send." + messageId, map(
                        "action", "send",
                        "channel", ref("#/channels/" + channelId),
                        "summary", type.description(),
                        "messages", List.of(ref("#/channels/" + channelId + "/messages/" + messageId)),
                        "x-producer", PRODUCERS.getOrDefault(topic.name(), "unknown")));
            }
            channels.put(channelId, map(
                    "address", topic.name(),
                    "description", topic.description(),
                    "messages", channelMessages,
                    "x-producer", PRODUCERS.getOrDefault(topic.name(), "unknown"),
                    "bindings", map("kafka", map(
                            "topic", topic.name(),
                            "partitions", topic.productionPartitions(),
                            "bindingVersion", "0.5.0"))));
        }
        doc.put("channels", channels);
        doc.put("operations", operations);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("messages", messages);
        components.put("schemas", schemas);
        doc.put("components", components);
        return doc;
    }

    private Map<String, Object> message(EventType<?> type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", type.type());
        m.put("title", type.dataClass().getSimpleName());
        m.put("summary", type.description());
        descriptions.ofType(type.dataClass()).ifPresent(d -> m.put("description", d));
        m.put("contentType", CloudEventAttributes.DATA_CONTENT_TYPE);
        m.put("headers", headers(type));
        m.put("payload", schemaOf(type.dataClass()));
        m.put("bindings", map("kafka", map(
                "key", map("type", "string", "description",
                        "The partition key: a keyed hash (HMAC-SHA256, hex), never personal data; every event about one"
                                + " building or case keeps its order."),
                "bindingVersion", "0.5.0")));
        return m;
    }

    private static Map<String, Object> headers(EventType<?> type) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(CloudEventAttributes.SPECVERSION, map("type", "string", "const", CloudEventAttributes.SPEC_VERSION));
        props.put(CloudEventAttributes.ID, map("type", "string", "format", "uuid",
                "description", "Unique per event; consumers deduplicate on it."));
        props.put(CloudEventAttributes.SOURCE, map("type", "string", "const",
                "/bokvar/" + PRODUCERS.getOrDefault(type.topic().name(), "unknown")));
        props.put(CloudEventAttributes.TYPE, map("type", "string", "const", type.type()));
        props.put(CloudEventAttributes.TIME, map("type", "string", "format", "date-time"));
        props.put(CloudEventAttributes.SUBJECT, map("type", "string",
                "description", "What the event is about (an id, never personal data)."));
        props.put(CloudEventAttributes.CONTENT_TYPE, map("type", "string", "const", CloudEventAttributes.DATA_CONTENT_TYPE));
        props.put(CloudEventAttributes.TRACEPARENT, map("type", "string",
                "description", "W3C trace context, when the producer traced the request."));
        return map("type", "object",
                "required", List.of(CloudEventAttributes.SPECVERSION, CloudEventAttributes.ID, CloudEventAttributes.SOURCE,
                        CloudEventAttributes.TYPE, CloudEventAttributes.TIME, CloudEventAttributes.CONTENT_TYPE),
                "properties", props);
    }

    /** A reference to the component schema of a record or enum (defining it on first use). */
    private Map<String, Object> schemaOf(Class<?> type) {
        String name = type.getSimpleName();
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of()); // placeholder against cycles
            schemas.put(name, type.isEnum() ? enumSchema(type) : recordSchema(type));
        }
        return ref("#/components/schemas/" + name);
    }

    private Map<String, Object> recordSchema(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        descriptions.ofType(record).ifPresent(d -> schema.put("description", d));
        List<String> required = new ArrayList<>();
        Map<String, Object> props = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (!c.isAnnotationPresent(se.bokvar.contracts.AddedLater.class)) {
                required.add(c.getName());
            }
            Map<String, Object> p = new LinkedHashMap<>(typeSchema(c.getGenericType()));
            Optional<String> description = descriptions.ofComponent(record, c.getName());
            boolean nullable = !c.getType().isPrimitive();
            if (p.containsKey("$ref")) {
                Map<String, Object> wrapped = new LinkedHashMap<>();
                description.ifPresent(d -> wrapped.put("description", d));
                wrapped.put("oneOf", nullable ? List.of(p, map("type", "null")) : List.of(p));
                props.put(c.getName(), wrapped);
                continue;
            }
            if (nullable) {
                p.put("type", List.of(p.get("type"), "null"));
            }
            description.ifPresent(d -> p.put("description", d));
            props.put(c.getName(), p);
        }
        schema.put("required", required);
        schema.put("properties", props);
        schema.put("additionalProperties", true);
        return schema;
    }

    private Map<String, Object> enumSchema(Class<?> type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        descriptions.ofType(type).ifPresent(d -> schema.put("description", d));
        schema.put("enum", Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        return schema;
    }

    private Map<String, Object> typeSchema(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
                Map<String, Object> items = typeSchema(p.getActualTypeArguments()[0]);
                return map("type", "array", "items", items);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", typeSchema(p.getActualTypeArguments()[1]));
            }
            throw new IllegalArgumentException("unsupported generic type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return map("type", "string");
        }
        if (c == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return map("type", "number");
        }
        if (c == Integer.class || c == int.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == Long.class || c == long.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == Boolean.class || c == boolean.class) {
            return map("type", "boolean");
        }
        if (c.isEnum() || c.isRecord()) {
            return schemaOf(c);
        }
        throw new IllegalArgumentException("unsupported type " + c + " in an event record");
    }

    private static Map<String, Object> ref(String target) {
        return map("$ref", target);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String channelId(Topic topic) {
        // bokvar.intake.notices.v1 -> intake.notices.v1
        return topic.name().startsWith("bokvar.") ? topic.name().substring("bokvar.".length()) : topic.name();
    }
}
