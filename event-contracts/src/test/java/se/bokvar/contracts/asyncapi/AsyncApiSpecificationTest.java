package se.bokvar.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import se.bokvar.contracts.EventType;
import se.bokvar.contracts.EventTypes;

/**
 * The AsyncAPI document judged from outside: the committed {@value AsyncApiGenerator#RESOURCE} (what every service
 * serves at {@code /asyncapi.json}) is valid against the official AsyncAPI 3.0.0 JSON Schema, vendored from the npm
 * package {@code @asyncapi/specs} (see {@code src/test/resources/asyncapi/README.md}), checked by an independent
 * validator (networknt json-schema-validator). The check can fail: each planted defect of a kind an AsyncAPI 2 habit
 * or a hand edit would bring is reported, and every payload schema in the document is itself a usable JSON Schema.
 */
class AsyncApiSpecificationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPEC = "https://bokvar.se/vendored/asyncapi/3.0.0-without-id.json";
    static final Schema ASYNCAPI_3_0 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemas(Map.of(SPEC, resource("asyncapi/3.0.0-without-$id.json"))))
            .getSchema(SchemaLocation.of(SPEC));

    static String resource(String name) {
        try (InputStream in = AsyncApiSpecificationTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> violations(String document) {
        return ASYNCAPI_3_0.validate(document, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static ObjectNode committed() throws IOException {
        return (ObjectNode) JSON.readTree(resource(AsyncApiGenerator.RESOURCE));
    }

    @Test
    void theCommittedDocumentIsValidAsyncApi3() throws IOException {
        List<String> violations = violations(JSON.writeValueAsString(committed()));
        assertThat(violations).as("the AsyncAPI 3.0.0 schema's verdict on %s:%n  %s", AsyncApiGenerator.RESOURCE,
                String.join(System.lineSeparator() + "  ", violations)).isEmpty();
    }

    @Test
    void theVendoredSchemaIsTheAsyncApi300One() throws IOException {
        JsonNode spec = JSON.readTree(resource("asyncapi/3.0.0-without-$id.json"));
        assertThat(spec.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema");
        assertThat(spec.at("/properties/asyncapi/const").asText()).isEqualTo("3.0.0");
        assertThat(spec.path("definitions").size()).as("bundled: every definition inside").isGreaterThan(100);
    }

    /** Planted defects: each one alone makes the committed document invalid, and the validator says so. */
    @ParameterizedTest
    @ValueSource(strings = {
            "a channel with a field AsyncAPI 3 does not have (2.x's subscribe)",
            "an operation without its action",
            "an operation with a 2.x action (publish)",
            "an operation without its channel",
            "a server without its protocol",
            "a message with an unknown field",
            "a payload schema that is not a schema",
            "another AsyncAPI version",
            "no info",
            "a Kafka channel binding of the wrong shape" })
    void aBrokenDocumentIsRefused(String defect) throws IOException {
        ObjectNode doc = committed();
        assertThat(violations(JSON.writeValueAsString(doc))).as("before planting").isEmpty();
        DEFECTS.get(defect).accept(doc);
        assertThat(violations(JSON.writeValueAsString(doc))).as(defect).isNotEmpty();
    }

    static ObjectNode first(JsonNode node) {
        return (ObjectNode) node.elements().next();
    }

    static final Map<String, Consumer<ObjectNode>> DEFECTS = Map.of(
            "a channel with a field AsyncAPI 3 does not have (2.x's subscribe)",
            doc -> first(doc.path("channels")).putObject("subscribe").put("operationId", "x"),
            "an operation without its action", doc -> first(doc.path("operations")).remove("action"),
            "an operation with a 2.x action (publish)", doc -> first(doc.path("operations")).put("action", "publish"),
            "an operation without its channel", doc -> first(doc.path("operations")).remove("channel"),
            "a server without its protocol", doc -> first(doc.path("servers")).remove("protocol"),
            "a message with an unknown field",
            doc -> first(doc.at("/components/messages")).put("payloadSchema", "TerminationNoticeReceivedV1"),
            "a payload schema that is not a schema",
            doc -> first(doc.at("/components/schemas")).put("type", "record"),
            "another AsyncAPI version", doc -> doc.put("asyncapi", "2.6.0"),
            "no info", doc -> doc.remove("info"),
            "a Kafka channel binding of the wrong shape",
            doc -> ((ObjectNode) first(doc.path("channels")).at("/bindings/kafka")).put("partitions", "six"));

    /** Every event type's payload is a schema that a validator can use as it is (its references resolve). */
    @Test
    void everyPayloadSchemaResolvesAndRejectsANonObject() throws IOException {
        String base = "https://bokvar.se/asyncapi.json";
        SchemaRegistry payloads = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(base, resource(AsyncApiGenerator.RESOURCE))));
        for (EventType<?> type : EventTypes.ALL) {
            Schema payload = payloads.getSchema(SchemaLocation.of(base + "#/components/messages/" + type.type() + "/payload"));
            assertThat(payload.validate("[]", InputFormat.JSON)).as(type.type()).isNotEmpty();
            assertThat(payload.validate("{}", InputFormat.JSON)).as(type.type() + ": required fields")
                    .hasSizeGreaterThanOrEqualTo((int) java.util.Arrays.stream(type.dataClass().getRecordComponents())
                            .filter(c -> !c.isAnnotationPresent(se.bokvar.contracts.AddedLater.class)).count());
        }
    }
}
