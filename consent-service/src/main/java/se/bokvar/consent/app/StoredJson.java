package se.bokvar.consent.app;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.consent.store.ConsentVersionRow;

/** The JSON columns read into their records and written from them. */
@ApplicationScoped
public class StoredJson {

    private final ObjectMapper mapper;

    @Inject
    public StoredJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ConsentScope scope(ConsentVersionRow row) {
        return read(row.scope, ConsentScope.class);
    }

    public ScopeChanges changes(ConsentVersionRow row) {
        return read(row.changes, ScopeChanges.class);
    }

    public List<String> personKeys(CaseAccessRow access) {
        try {
            return mapper.readValue(access.personKeys, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable person keys of a case", e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readerFor(type).readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored " + type.getSimpleName(), e);
        }
    }
}
