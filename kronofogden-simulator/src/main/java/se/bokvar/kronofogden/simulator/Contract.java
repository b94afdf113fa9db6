package se.bokvar.kronofogden.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The integration contract's JSON Schemas (docs/kronofogden/schemas, packaged with the simulator), with format
 * assertions on: the simulator refuses (400) any message that does not follow them.
 */
@ApplicationScoped
public class Contract {

    static final String BASE = "https://bokvar.se/schemas/kronofogden/";
    static final List<String> SCHEMAS = List.of("definitions", "eviction-notice", "eviction-notice-receipt", "eviction-update",
            "eviction-update-receipt", "acknowledgement", "delivery-receipt", "postponement-request", "postponement-answer",
            "letter");

    private final SchemaRegistry registry;

    public Contract() {
        Map<String, String> schemas = new HashMap<>();
        for (String name : SCHEMAS) {
            String file = name + ".schema.json";
            try (InputStream in = Contract.class.getClassLoader().getResourceAsStream("kronofogden/schemas/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the contract schema " + file + " is missing from the build");
                }
                schemas.put(BASE + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas).schemaRegistryConfig(config));
    }

    /** What is wrong with {@code json} as a {@code schema} message (e.g. "acknowledgement"); empty when it follows it. */
    public List<String> violations(String schema, String json) {
        List<Error> errors = registry.getSchema(SchemaLocation.of(BASE + schema + ".schema.json")).validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
