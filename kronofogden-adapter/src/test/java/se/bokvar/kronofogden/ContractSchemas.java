package se.bokvar.kronofogden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The integration contract's JSON Schemas (docs/kronofogden/schemas), loaded from the repository, with format
 * assertions on (a date-time must be one). Used to check what the adapter sends and what it accepts.
 */
public final class ContractSchemas {

    public static final Path DOCS = Path.of("..", "docs", "kronofogden").toAbsolutePath().normalize();
    static final String BASE = "https://bokvar.se/schemas/kronofogden/";

    private static final SchemaRegistry REGISTRY = registry();

    private ContractSchemas() {
    }

    private static SchemaRegistry registry() {
        Map<String, String> schemas = new HashMap<>();
        try (var files = Files.list(DOCS.resolve("schemas"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                schemas.put(BASE + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas).schemaRegistryConfig(config));
    }

    /** The violations of {@code json} against {@code name} (e.g. "acknowledgement"); empty when valid. */
    public static List<String> violations(String name, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name + ".schema.json"));
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    /** An example message of the contract (docs/kronofogden/examples). */
    public static String example(String name) {
        try {
            return Files.readString(DOCS.resolve("examples").resolve(name + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
}
