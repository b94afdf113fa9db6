package se.bokvar.platform.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every service reads request JSON strictly (a 400 naming the field instead of a surprise later):
 * <ul>
 * <li>text must be storable: no control characters but tab and line breaks, no broken Unicode
 * ({@link StrictTextModule}; PostgreSQL refuses {@code \u0000}, which surfaced as a 500 in case-service, found by the
 * security suite);</li>
 * <li>an enum is named, never numbered: {@code "decision": "0"} is not the first constant.</li>
 * </ul>
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StrictTextModule());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
