package se.bokvar.platform.messaging;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an event's data. Lenient on unknown fields: a producer may add optional fields to a {@code v1} event
 * (a compatible change) before its consumers know them. The REST layer stays strict.
 */
public final class EventData {

    private EventData() {
    }

    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (IOException e) {
            throw new IncomingEvent.MalformedEventException("unreadable data for " + type.getSimpleName());
        }
    }
}
