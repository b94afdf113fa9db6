package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.path.json.JsonPath;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

/** What the case-service tests share: tokens, finding a notice's case, reading it, the events it published. */
public final class CaseApi {

    public static final String ANNA = TestTokens.caseworker("anna", "nordost", "adult");
    public static final String DAVID = TestTokens.caseworker("david", "nordost", "adult");
    public static final String BENGT = TestTokens.caseworker("bengt", "hisingen", "adult");
    public static final String CECILIA = TestTokens.caseworker("cecilia", "nordost", "children");
    public static final String SARA = TestTokens.supervisor("sara", "nordost");
    public static final String HISINGEN_SUPERVISOR = TestTokens.supervisor("harald", "hisingen");
    public static final String OLOF = TestTokens.auditor("olof");

    private CaseApi() {
    }

    /** Waits for the notice's case (visible to {@code token}) and returns its id. */
    public static String caseIdOf(String token, UUID noticeId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(token).queryParam("noticeId", noticeId).get("/api/v1/cases")
                        .then().statusCode(200).extract().<List<String>>path("id"),
                ids -> !ids.isEmpty()).get(0);
    }

    public static JsonPath read(String token, String caseId) {
        return given().auth().oauth2(token).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the case, read by {@code token}, satisfies {@code condition}. */
    public static JsonPath awaitCase(String token, String caseId, Predicate<JsonPath> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(token, caseId), condition);
    }

    /** The events of a type case-service published about a subject (waits until {@code count} arrived). */
    public static List<JsonNode> published(EventType<?> type, String subject, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(Topics.CASE_EVENTS.name(),
                r -> type.type().equals(KafkaTestClient.header(r, "ce_type"))
                        && subject.equals(KafkaTestClient.header(r, "ce_subject")),
                count, Duration.ofSeconds(30));
        List<JsonNode> out = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                out.add(TestEvents.MAPPER.readTree(r.value().getBytes(StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Records a step; returns the response for assertions. */
    public static io.restassured.response.Response step(String token, String caseId, java.util.Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/cases/" + caseId + "/steps");
    }

    /** Records the position OPEN_PRE_ASSESSMENT on every notice of the case (the case enters the pre-assessment). */
    public static void openPreAssessment(String token, String caseId) {
        for (String noticeId : read(token, caseId).<String>getList("notices.id")) {
            given().auth().oauth2(token).contentType("application/json").body(java.util.Map.of("decision", "OPEN_PRE_ASSESSMENT"))
                    .put("/api/v1/cases/" + caseId + "/notices/" + noticeId + "/position").then().statusCode(204);
        }
    }

    /** Opens the investigation with the adult's agreement (via the pre-assessment). */
    public static void openInvestigation(String token, String caseId) {
        openPreAssessment(token, caseId);
        step(token, caseId, java.util.Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", true)).then().statusCode(201);
    }

    /** Runs a query as the superuser on the service's database and returns the first column of each row. */
    public static List<String> sql(String query, Object... params) {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_cases"));
                PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the fake consent-service ({@link FakeConsentService}) allow this disclosure on this case. */
    public static void allowDisclosure(String caseId, String partyKind, String partyId, String purpose, String category) {
        given().contentType("application/json").body(java.util.Map.of("caseId", caseId, "partyKind", partyKind,
                "partyId", partyId, "purpose", purpose, "category", category)).put(consentUrl() + "/test/allow")
                .then().statusCode(204);
    }

    /** The questions the fake consent-service was asked about this case, with the Authorization header of each. */
    public static List<java.util.Map<String, Object>> consentCalls(String caseId) {
        return given().get(consentUrl() + "/test/calls/" + caseId).then().statusCode(200).extract().jsonPath().getList("");
    }

    private static String consentUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.rest-client.consent.url", String.class);
    }
}
