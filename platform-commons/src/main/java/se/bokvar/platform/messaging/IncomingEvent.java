package se.bokvar.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import se.bokvar.contracts.CloudEventAttributes;

/**
 * A CloudEvent read from Kafka (binary content mode): the attributes from the {@code ce_*} headers, the data
 * as the record's JSON value.
 */
public record IncomingEvent(UUID id, String type, String source, OffsetDateTime time, String subject,
        String key, String traceparent, String data) {

    /** Reads the CloudEvent from a Kafka message; fails with {@link MalformedEventException} if it is not one. */
    public static IncomingEvent from(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new MalformedEventException("not a Kafka record"));
        Headers headers = metadata.getHeaders();
        String id = header(headers, CloudEventAttributes.ID);
        String type = header(headers, CloudEventAttributes.TYPE);
        if (id == null || type == null) {
            throw new MalformedEventException("missing ce_id or ce_type header");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID");
        }
        String time = header(headers, CloudEventAttributes.TIME);
        OffsetDateTime parsedTime = null;
        if (time != null) {
            try {
                parsedTime = OffsetDateTime.parse(time);
            } catch (RuntimeException e) {
                throw new MalformedEventException("ce_time is not an RFC 3339 timestamp");
            }
        }
        Object key = metadata.getKey();
        return new IncomingEvent(uuid, type, header(headers, CloudEventAttributes.SOURCE), parsedTime,
                header(headers, CloudEventAttributes.SUBJECT), key == null ? null : key.toString(),
                header(headers, CloudEventAttributes.TRACEPARENT), message.getPayload());
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record that is not a valid CloudEvent of the platform; it goes to the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message, null, false, false);
        }
    }
}
