package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.NoticeEvents;

/** The OpenAPI document is served and accurate (its examples are accepted as they stand); so is the AsyncAPI one. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class ApiDocumentationTest {

    static final List<String> OPERATIONS = List.of(
            "post /api/v1/notices/termination-unpaid-rent", "post /api/v1/notices/rectification-request",
            "post /api/v1/notices/early-warning", "post /api/v1/notices/batch",
            "post /api/v1/notices/{id}/corrections", "post /api/v1/notices/{id}/served-date",
            "post /api/v1/notices/{id}/withdrawal", "get /api/v1/notices/{id}", "get /api/v1/notices",
            "post /api/v1/register-extracts");

    JsonNode openApi() throws Exception {
        return Notices.MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    /** An example with today's dates and fresh references (examples carry fixed ones). */
    static String fresh(String example, String reference) {
        return example.replaceAll("\"20[0-9]{2}-[0-9]{2}-[0-9]{2}\"", "\"" + Notices.today() + "\"")
                .replaceAll("\"landlordReference\": *\"[^\"]*\"", "\"landlordReference\": \"" + reference + "\"");
    }

    @Test
    void everyOperationIsDocumentedWithSchemasAndErrors() throws Exception {
        JsonNode doc = openApi();
        for (String op : OPERATIONS) {
            String[] parts = op.split(" ");
            JsonNode operation = doc.path("paths").path(parts[1]).path(parts[0]);
            assertThat(operation.isObject()).as(op).isTrue();
            assertThat(operation.path("summary").asText()).as(op).isNotBlank();
            assertThat(operation.path("responses").has("400")).as(op + " documents 400").isTrue();
            assertThat(operation.path("responses").has("401")).as(op + " documents 401").isTrue();
            if (parts[0].equals("post")) {
                assertThat(operation.at("/requestBody/content/application~1json/examples").size()).as(op + " has examples").isPositive();
            }
        }
        JsonNode schemas = doc.at("/components/schemas");
        for (String schema : List.of("TerminationNotice", "RectificationRequestNotice", "EarlyWarning", "Correction",
                "ServedDate", "Withdrawal", "NoticeBatch", "NoticeBatchItem", "Receipt", "AmendmentReceipt", "NoticeStatus",
                "NoticeBatchResult", "Problem", "Tenant", "Address", "Contact", "RegisterExtractRequest", "RegisterExtract")) {
            assertThat(schemas.has(schema)).as(schema).isTrue();
        }
        assertThat(doc.at("/components/schemas/Tenant/properties/personalIdentityNumber/maxLength").asInt()).isEqualTo(13);
        assertThat(doc.at("/components/schemas/TerminationNotice/required").toString()).contains("debtAmount", "tenants");
    }

    @Test
    void everyExampleIsAcceptedAsDocumented() throws Exception {
        JsonNode doc = openApi();
        String landlord = Notices.newLandlord();
        for (String kind : List.of("termination-unpaid-rent", "rectification-request", "early-warning")) {
            JsonNode examples = doc.at("/paths/~1api~1v1~1notices~1" + kind + "/post/requestBody/content/application~1json/examples");
            for (Map.Entry<String, JsonNode> example : (Iterable<Map.Entry<String, JsonNode>>) examples::fields) {
                Notices.post(landlord, kind, fresh(example.getValue().path("value").isTextual()
                        ? example.getValue().path("value").asText() : example.getValue().path("value").toString(), Notices.reference()))
                        .statusCode(201);
            }
        }
        JsonNode batch = doc.at("/paths/~1api~1v1~1notices~1batch/post/requestBody/content/application~1json/examples");
        String batchExample = text(batch.elements().next().path("value"));
        String batchBody = batchExample.replaceAll("HB-2026-00501", Notices.reference()).replaceAll("HB-V-2026-0113", Notices.reference());
        given().auth().oauth2(Notices.token(landlord)).contentType("application/json").body(batchBody)
                .post(Notices.BASE + "batch").then().statusCode(200).body("received", equalTo(2));

        // the amendments' examples, on a notice made from the termination example
        String reference = Notices.reference();
        JsonNode termination = doc.at("/paths/~1api~1v1~1notices~1termination-unpaid-rent/post/requestBody/content/application~1json/examples");
        ObjectNode notice = (ObjectNode) Notices.MAPPER.readTree(fresh(text(termination.path("rental").path("value")), reference));
        notice.putNull("servedOn");
        String id = Notices.postNew(landlord, "termination-unpaid-rent", notice);
        String corrections = text(doc.at("/paths/~1api~1v1~1notices~1{id}~1corrections/post/requestBody/content/application~1json/examples")
                .elements().next().path("value"));
        Notices.post(landlord, id + "/corrections", fresh(corrections, reference).replaceAll("\"servedOn\": *\"[^\"]*\",", ""))
                .statusCode(201);
        String served = text(doc.at("/paths/~1api~1v1~1notices~1{id}~1served-date/post/requestBody/content/application~1json/examples")
                .elements().next().path("value"));
        Notices.post(landlord, id + "/served-date", fresh(served, reference)).statusCode(201);
        String withdrawal = text(doc.at("/paths/~1api~1v1~1notices~1{id}~1withdrawal/post/requestBody/content/application~1json/examples")
                .elements().next().path("value"));
        Notices.post(landlord, id + "/withdrawal", withdrawal).statusCode(201);
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    @Test
    void theEventDocumentIsServedWithoutAToken() throws Exception {
        JsonNode asyncApi = Notices.MAPPER.readTree(given().get("/asyncapi.json").then().statusCode(200)
                .contentType("application/json").extract().asString());
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        for (var type : NoticeEvents.ALL) {
            assertThat(asyncApi.at("/components/messages").has(type.type())).as(type.type()).isTrue();
        }
        assertThat(asyncApi.at("/channels/intake.notices.v1/address").asText()).isEqualTo("bokvar.intake.notices.v1");
    }
}
