package se.bokvar.intake.app;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the intake stores: receipts and announced notices, written and read with the application's mapper. */
@ApplicationScoped
public class StoredJson {

    private final ObjectMapper mapper;

    @Inject
    public StoredJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    Receipt readReceipt(String json) {
        try {
            return mapper.readValue(json, Receipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored receipt is unreadable", e);
        }
    }

    JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    /** The announced notice with its served date set. */
    String withServedOn(String payload, LocalDate servedOn) {
        JsonNode node = readTree(payload);
        if (node instanceof ObjectNode object) {
            object.put("servedOn", servedOn.toString());
        }
        return write(node);
    }

    /** The fingerprint of what a request asks for (see {@link Fingerprint}). */
    String fingerprint(String scope, Object body) {
        return Fingerprint.of(mapper, scope, body);
    }
}
