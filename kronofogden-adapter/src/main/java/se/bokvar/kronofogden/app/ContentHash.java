package se.bokvar.kronofogden.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SHA-256 (hex) of a value's JSON: recognises a message received before. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(ObjectMapper mapper, Object value) {
        return sha256(Json.write(mapper, value));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** JSON writing without checked exceptions; the message never contains the value. */
    public static final class Json {
        private Json() {
        }

        public static String write(ObjectMapper mapper, Object value) {
            try {
                return mapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName());
            }
        }

        public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
            try {
                return mapper.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName());
            }
        }
    }
}
