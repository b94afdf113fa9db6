package se.bokvar.intake.rest;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import se.bokvar.platform.problem.StrictTextModule;

/** Text a landlord sends must be storable: no control characters, no broken Unicode (a 400 naming the field). */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new StrictTextModule());
    }
}
