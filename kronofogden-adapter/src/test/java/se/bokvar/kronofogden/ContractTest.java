package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The documented contract (docs/kronofogden) and the adapter agree. */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class ContractTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Paths the adapter serves to social services, not to Kronofogden: not part of Kronofogden's contract (the
     * register extract, docs/register-extract.md).
     */
    static final List<String> NOT_FOR_KRONOFOGDEN = List.of("/api/v1/register-extracts");

    @Test
    void everyExampleFollowsItsSchema() {
        for (String name : List.of("eviction-notice", "eviction-update", "acknowledgement", "delivery-receipt",
                "postponement-request", "postponement-answer", "letter")) {
            assertThat(ContractSchemas.violations(name, ContractSchemas.example(name))).as(name).isEmpty();
        }
        // and the schemas are strict: an unknown field or a wrong date-time is a violation
        assertThat(ContractSchemas.violations("eviction-notice",
                ContractSchemas.example("eviction-notice").replace("\"childrenKnown\"", "\"debtAmount\": 1, \"childrenKnown\""))).isNotEmpty();
        assertThat(ContractSchemas.violations("acknowledgement",
                ContractSchemas.example("acknowledgement").replace("2026-11-25T09:40:03.118+01:00", "25 nov"))).isNotEmpty();
        assertThat(ContractSchemas.violations("eviction-update",
                ContractSchemas.example("eviction-update").replace("\"evictionAt\": \"2026-12-17T09:00:00+01:00\",", ""))).isNotEmpty();
    }

    @Test
    void everyOperationOfTheDocumentedApiIsServedByTheAdapter() throws Exception {
        JsonNode documented = YAML.readTree(Files.readString(ContractSchemas.DOCS.resolve("adapter-api.openapi.yaml")));
        JsonNode served = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(documented.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                JsonNode servedPath = served.get("paths").get(path.getKey());
                if (servedPath == null || servedPath.get(operation.getKey()) == null) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(missing).isEmpty();
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(served.get("paths"))) {
            if (documented.get("paths").get(path.getKey()) == null && !NOT_FOR_KRONOFOGDEN.contains(path.getKey())) {
                undocumented.add(path.getKey());
            }
        }
        assertThat(undocumented).isEmpty();
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
