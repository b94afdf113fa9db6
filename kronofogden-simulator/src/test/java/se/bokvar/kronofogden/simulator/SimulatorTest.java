package se.bokvar.kronofogden.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(FakeAdapterResource.class)
class SimulatorTest {

    static final Path EXAMPLES = Path.of("..", "docs", "kronofogden", "examples");
    static final ObjectMapper JSON = new ObjectMapper();

    @FakeAdapterResource.InjectFakeAdapter
    FakeAdapter adapter;

    @Inject
    Contract contract;

    @AfterEach
    void accept() {
        given().delete("/sim/refuse?target=kronofogden").then().statusCode(200);
        given().delete("/sim/refuse?target=letters").then().statusCode(200);
        adapter.answer(201);
    }

    static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name + ".json"), StandardCharsets.UTF_8);
    }

    static String withKfm(String json, String kfm) {
        return json.replace("14-736105-26", kfm);
    }

    @Test
    void receivesAcknowledgementsLikeKronofogdenWithReceiptsApiKeyAndContractCheck() throws Exception {
        String kfm = "14-" + (100000 + (int) (Math.random() * 899999)) + "-26";
        String ack = withKfm(example("acknowledgement"), kfm);
        String key = UUID.randomUUID().toString();
        given().contentType("application/json").header("Idempotency-Key", key).body(ack)
                .post("/kronofogden/v1/acknowledgements").then().statusCode(401);
        String reference = given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key")
                .header("Idempotency-Key", key).body(ack).post("/kronofogden/v1/acknowledgements")
                .then().statusCode(201).body("reference", startsWith("KFM-BEK-")).extract().path("reference");
        // a retry of the same message: the same receipt
        given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key").header("Idempotency-Key", key).body(ack)
                .post("/kronofogden/v1/acknowledgements").then().statusCode(200).body("reference", equalTo(reference));
        // a message that breaks the contract is refused and shown with what is wrong
        given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key").header("Idempotency-Key", "other")
                .body(ack.replace("\"basis\": \"ASSIGNED\",", "")).post("/kronofogden/v1/acknowledgements")
                .then().statusCode(400).body("violations[0]", containsString("basis"));

        given().get("/sim/acknowledgements?kfmCaseNumber=" + kfm).then().statusCode(200)
                .body("", hasSize(4))
                .body("answeredStatus", equalTo(List.of(401, 201, 200, 400)))
                .body("[1].message.responsibleCaseworker.name", equalTo("Anna Handläggare"));

        // after a reassignment, Kronofogden holds the updated acknowledgement
        String updated = ack.replace("\"sequence\": 1", "\"sequence\": 2").replace("\"ACKNOWLEDGEMENT\"", "\"UPDATED_ACKNOWLEDGEMENT\"")
                .replace("\"ASSIGNED\"", "\"REASSIGNED\"").replace("Anna Handläggare", "Bengt Handläggare");
        given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key").header("Idempotency-Key", "second-" + key)
                .body(updated).post("/kronofogden/v1/acknowledgements").then().statusCode(201);
        given().get("/sim/acknowledgements/latest?kfmCaseNumber=" + kfm).then().statusCode(200)
                .body("message.sequence", equalTo(2))
                .body("message.responsibleCaseworker.name", equalTo("Bengt Handläggare"));
        given().get("/sim/acknowledgements/latest?kfmCaseNumber=99-000000-00").then().statusCode(404);
    }

    @Test
    void canBeToldToRefuse() throws Exception {
        String kfm = "15-" + (100000 + (int) (Math.random() * 899999)) + "-26";
        String ack = withKfm(example("acknowledgement"), kfm);
        given().post("/sim/refuse?target=kronofogden&count=2").then().statusCode(200)
                .body("kronofogden", equalTo("refusing the next 2"));
        for (int expected : new int[] { 503, 503, 201 }) {
            given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key").header("Idempotency-Key", kfm)
                    .body(ack).post("/kronofogden/v1/acknowledgements").then().statusCode(expected);
        }
        given().post("/sim/refuse?target=letters&mode=always").then().statusCode(200).body("letters", equalTo("always"));
        given().contentType("application/json").header("X-Api-Key", "sim-test-letter-key").header("Idempotency-Key", "l-" + kfm)
                .body(example("letter")).post("/letter-channel/v1/letters").then().statusCode(503);
    }

    @Test
    void receivesLettersAndShowsThemAsTheTenantWouldSeeThem() throws Exception {
        String letter = example("letter");
        String letterId = JSON.readTree(letter).get("letterId").asText();
        given().contentType("application/json").header("X-Api-Key", "sim-test-letter-key").header("Idempotency-Key", letterId)
                .body(letter).post("/letter-channel/v1/letters").then().statusCode(202).body("reference", startsWith("POST-"));
        given().get("/sim/letters/" + letterId).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"sv\">"));
        given().get("/sim/letters/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void sendsAGeneratedNoticeToTheAdapterWithKronofogdensToken() throws Exception {
        Map<String, Object> answer = given().contentType("application/json")
                .body(Map.of("postalCode", "415 02", "street", "Exempelgatan 7", "childrenKnown", "YES"))
                .post("/sim/send-notice").then().statusCode(200)
                .body("adapterStatus", equalTo(201)).extract().jsonPath().getMap("");
        String kfm = (String) answer.get("kfmCaseNumber");
        FakeAdapter.Request request = adapter.requests().stream()
                .filter(r -> r.path().equals("/api/v1/evictions") && r.body().contains(kfm)).findFirst().orElseThrow();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer " + FakeAdapter.TOKEN);
        assertThat(adapter.tokenRequests()).anySatisfy(form -> assertThat(form).contains("grant_type=client_credentials")
                .contains("client_id=kronofogden").contains("client_secret=kronofogden-demo-secret"));
        assertThat(contract.violations("eviction-notice", request.body())).isEmpty();
        JsonNode notice = JSON.readTree(request.body());
        assertThat(notice.get("address").get("postalCode").asText()).isEqualTo("415 02");
        assertThat(notice.get("address").get("street").asText()).isEqualTo("Exempelgatan 7");
        assertThat(notice.get("childrenKnown").asText()).isEqualTo("YES");
        given().get("/sim/sent?kfmCaseNumber=" + kfm).then().statusCode(200).body("", hasSize(1))
                .body("[0].adapterStatus", equalTo(201));

        // an update and the adapter refusing it
        adapter.answer(409);
        given().contentType("application/json").body(Map.of("kfmCaseNumber", kfm, "kind", "CANCELLED"))
                .post("/sim/send-update").then().statusCode(502).body("adapterStatus", equalTo(409));
        FakeAdapter.Request update = adapter.requests().stream()
                .filter(r -> r.path().equals("/api/v1/evictions/" + kfm + "/updates")).findFirst().orElseThrow();
        assertThat(contract.violations("eviction-update", update.body())).isEmpty();
    }

    @Test
    void answersAPostponementRequestItReceived() throws Exception {
        String request = example("postponement-request");
        String requestId = UUID.randomUUID().toString();
        request = request.replace("a4f7c0a2-94b4-4b7e-8f0c-5c2b7d2f6b11", requestId);
        given().contentType("application/json").header("X-Api-Key", "sim-test-kfm-key").header("Idempotency-Key", requestId)
                .body(request).post("/kronofogden/v1/postponement-requests").then().statusCode(202);
        given().contentType("application/json").body(Map.of("outcome", "GRANTED", "newEvictionAt", "2027-01-14T09:00:00+01:00",
                "comment", "Anstånd beviljas.")).post("/sim/postponement-requests/" + requestId + "/answer")
                .then().statusCode(200).body("kfmCaseNumber", equalTo("14-736105-26"));
        FakeAdapter.Request answer = adapter.requests().stream()
                .filter(r -> r.path().equals("/api/v1/postponement-requests/" + requestId + "/answer")).findFirst().orElseThrow();
        assertThat(contract.violations("postponement-answer", answer.body())).isEmpty();
        assertThat(JSON.readTree(answer.body()).get("outcome").asText()).isEqualTo("GRANTED");
    }
}
