package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Batch intake: every item answered on its own, partial success, idempotent through the landlord's reference. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class BatchTest {

    static final String BATCH = Notices.BASE + "batch";

    static ObjectNode item(String kind, ObjectNode notice) {
        ObjectNode item = Notices.MAPPER.createObjectNode();
        item.put("kind", kind);
        item.set("notice", notice);
        return item;
    }

    static JsonPath send(String landlord, ObjectNode batch) {
        return given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(batch.toString())
                .when().post(BATCH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachItemIsAnsweredOnItsOwnAndTheValidOnesAreStored() {
        String landlord = Notices.newLandlord();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        ObjectNode badPnr = Notices.termination(Notices.reference());
        ((ObjectNode) badPnr.path("tenants").get(0)).put("personalIdentityNumber", "19850315-2385");
        items.add(item("TERMINATION_UNPAID_RENT", Notices.termination(Notices.reference())));
        items.add(item("TERMINATION_UNPAID_RENT", badPnr));
        items.add(item("EVICTION", Notices.termination(Notices.reference())));
        items.add("not an object");
        items.add(item("EARLY_WARNING", Notices.earlyWarning(Notices.reference())));
        items.add(item("RECTIFICATION_REQUEST", Notices.rectification(Notices.reference()).put("monthlyRent", 1)));
        items.add(item("RECTIFICATION_REQUEST", Notices.rectification(Notices.reference())));

        JsonPath result = send(landlord, batch);
        assertThat(result.getInt("received")).isEqualTo(3);
        assertThat(result.getInt("rejected")).isEqualTo(4);
        assertThat(result.getList("results.index", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(result.getList("results.outcome", String.class)).containsExactly("RECEIVED", "INVALID", "INVALID",
                "INVALID", "RECEIVED", "INVALID", "RECEIVED");
        assertThat(result.getList("results.status", Integer.class)).containsExactly(201, 400, 400, 400, 201, 400, 201);
        assertThat(result.getList("results[1].problem.errors.field", String.class)).containsExactly("notice.tenants[0].personalIdentityNumber");
        assertThat(result.getList("results[2].problem.errors.field", String.class)).contains("kind");
        assertThat(result.getList("results[5].problem.errors.field", String.class)).containsExactly("notice.monthlyRent");
        assertThat(result.getString("results[0].receipt.noticeId")).isNotNull();
        assertThat(result.getString("results[0].receipt.recoveryPeriod.lastDay")).isNotNull();
        assertThat(result.toString()).doesNotContain("2385");
        assertThat(Notices.notices(landlord)).isEqualTo(3);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(3);

        // sending the same batch again stores nothing new and answers with the original receipts
        JsonPath again = send(landlord, batch);
        assertThat(again.getInt("received")).isZero();
        assertThat(again.getInt("alreadyReceived")).isEqualTo(3);
        assertThat(again.getString("results[0].outcome")).isEqualTo("ALREADY_RECEIVED");
        assertThat(again.getInt("results[0].status")).isEqualTo(200);
        assertThat(again.getString("results[0].receipt.noticeId")).isEqualTo(result.getString("results[0].receipt.noticeId"));
        assertThat(again.getString("results[0].receipt.receivedAt")).isEqualTo(result.getString("results[0].receipt.receivedAt"));
        assertThat(Notices.notices(landlord)).isEqualTo(3);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(3);
    }

    @Test
    void aReferenceUsedForOtherContentIsAConflictInsideAndAcrossBatches() {
        String landlord = Notices.newLandlord();
        String taken = Notices.reference();
        Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(taken));
        String twice = Notices.reference();
        String same = Notices.reference();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        items.add(item("TERMINATION_UNPAID_RENT", Notices.termination(taken).put("debtAmount", 1)));
        items.add(item("TERMINATION_UNPAID_RENT", Notices.termination(twice)));
        items.add(item("TERMINATION_UNPAID_RENT", Notices.termination(twice).put("debtAmount", 2)));
        items.add(item("EARLY_WARNING", Notices.earlyWarning(same)));
        items.add(item("EARLY_WARNING", Notices.earlyWarning(same)));
        JsonPath result = send(landlord, batch);
        assertThat(result.getList("results.outcome", String.class)).containsExactly("CONFLICT", "RECEIVED", "CONFLICT",
                "RECEIVED", "ALREADY_RECEIVED");
        assertThat(result.getList("results.status", Integer.class)).containsExactly(409, 201, 409, 201, 200);
        assertThat(result.getString("results[4].receipt.noticeId")).isEqualTo(result.getString("results[3].receipt.noticeId"));
        assertThat(Notices.notices(landlord)).isEqualTo(3);
    }

    /** Issue 12: an item whose street normalises to nothing is INVALID naming the field; the others are stored. */
    @Test
    void anItemWithoutALetterInTheStreetIsInvalidAndTheRestAreStored() {
        String landlord = Notices.newLandlord();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        ObjectNode punctuation = Notices.termination(Notices.reference());
        ((ObjectNode) punctuation.path("address")).put("street", ".");
        items.add(item("TERMINATION_UNPAID_RENT", punctuation));
        items.add(item("TERMINATION_UNPAID_RENT", Notices.termination(Notices.reference())));
        JsonPath result = send(landlord, batch);
        assertThat(result.getList("results.outcome", String.class)).containsExactly("INVALID", "RECEIVED");
        assertThat(result.getList("results[0].problem.errors.field", String.class)).contains("notice.address.street");
        assertThat(Notices.notices(landlord)).isEqualTo(1);
    }

    @Test
    void aThousandCompleteNoticesFitInOneBatch() {
        String landlord = Notices.newLandlord();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        for (int i = 0; i < 1000; i++) {
            ObjectNode notice = Notices.termination(Notices.reference());
            // a monthly file: one notice per household (one flat each), as the household bound expects
            ((ObjectNode) notice.path("address")).put("flatNumber", Integer.toString(2000 + i));
            ((ArrayNode) notice.path("tenants")).addObject().put("personalIdentityNumber", "19800629-2380").put("name", "Lena Exempelsson-Långnamn");
            items.add(item("TERMINATION_UNPAID_RENT", notice));
        }
        byte[] pretty = batch.toPrettyString().getBytes(StandardCharsets.UTF_8);
        assertThat(pretty.length).as("1,000 complete notices, pretty-printed, are well under the 4 MiB limit")
                .isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        JsonPath result = given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(pretty)
                .when().post(BATCH).then().statusCode(200).extract().jsonPath();
        System.out.printf("1,000-notice batch (%d bytes) answered in %d ms%n", pretty.length, (System.nanoTime() - start) / 1_000_000);
        assertThat(result.getInt("received")).isEqualTo(1000);
        assertThat(Notices.notices(landlord)).isEqualTo(1000);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(1000);
    }

    @Test
    void theEnvelopeIsValidatedToo() {
        String landlord = Notices.newLandlord();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        for (int i = 0; i < 1001; i++) {
            items.add(item("EARLY_WARNING", Notices.earlyWarning("R" + i)));
        }
        given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(batch.toString())
                .post(BATCH).then().statusCode(400).body("errors.field", hasItem("notices"));
        for (String body : List.of("{}", "{\"notices\":[]}", "{\"notices\":{}}", "{\"notices\":[],\"extra\":1}", "[]")) {
            given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(body)
                    .post(BATCH).then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        assertThat(Notices.notices(landlord)).isZero();
    }
}
