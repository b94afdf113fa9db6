package se.bokvar.platform.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON object that names a field twice is refused (400, as broken JSON) in every service: which of the two values
 * counts is parser-dependent (a classic way to smuggle a value past one reader), and Jackson cannot even bind a
 * duplicate to a record's constructor (it answered 500, found by the security suite).
 */
@Singleton
public class DuplicateKeysRejected implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
