package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Idempotency-Key (scoped per landlord) and the landlord's reference: a retried notice is never stored twice. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class IdempotencyTest {

    static final String TERMINATION = Notices.BASE + "termination-unpaid-rent";

    static ExtractableResponse<Response> post(String landlord, String key, Object body, String path) {
        var request = given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(body.toString());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(path).then().extract();
    }

    @Test
    void theSameKeyAndBodyReturnTheOriginalReceiptAndStoreOnce() {
        String landlord = Notices.newLandlord();
        String key = UUID.randomUUID().toString();
        ObjectNode notice = Notices.termination(Notices.reference());
        ExtractableResponse<Response> first = post(landlord, key, notice, TERMINATION);
        ExtractableResponse<Response> second = post(landlord, key, notice, TERMINATION);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body().asString()).isEqualTo(first.body().asString());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Notices.notices(landlord)).isEqualTo(1);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs409AndStoresNothing() {
        String landlord = Notices.newLandlord();
        String key = UUID.randomUUID().toString();
        post(landlord, key, Notices.termination(Notices.reference()), TERMINATION);
        ExtractableResponse<Response> other = post(landlord, key, Notices.termination(Notices.reference()).put("debtAmount", 1), TERMINATION);
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.<String>path("type")).isEqualTo("https://bokvar.se/problems/idempotency-key-reused");
        // the same key on another endpoint is another request too
        assertThat(post(landlord, key, Notices.earlyWarning(Notices.reference()), Notices.BASE + "early-warning").statusCode())
                .isEqualTo(409);
        assertThat(Notices.notices(landlord)).isEqualTo(1);
    }

    @jakarta.inject.Inject
    se.bokvar.intake.app.IdempotentWrite idempotency;

    @Test
    void keysExpireAfterTheRetention() {
        String landlord = Notices.newLandlord();
        String fresh = UUID.randomUUID().toString();
        post(landlord, fresh, Notices.termination(Notices.reference()), TERMINATION);
        Notices.execute("insert into idempotency_record (landlord_id, idempotency_key, request_hash, status, response, created_at)"
                + " values ('" + landlord + "', 'old-key', 'x', 201, '{}', now() - interval '31 days')");
        assertThat(idempotency.removeExpired().await().indefinitely()).isPositive();
        assertThat(Notices.count("select count(*) from idempotency_record where landlord_id = ? and idempotency_key = 'old-key'", landlord)).isZero();
        assertThat(Notices.count("select count(*) from idempotency_record where landlord_id = ? and idempotency_key = ?", landlord, fresh)).isEqualTo(1);
    }

    @Test
    void keysAreScopedPerLandlord() {
        String key = UUID.randomUUID().toString();
        ObjectNode notice = Notices.termination(Notices.reference());
        String a = post(Notices.newLandlord(), key, notice, TERMINATION).path("noticeId");
        String b = post(Notices.newLandlord(), key, notice, TERMINATION).path("noticeId");
        assertThat(a).isNotNull().isNotEqualTo(b);
    }

    @Test
    void concurrentRequestsWithOneKeyStoreOneNotice() throws Exception {
        String landlord = Notices.newLandlord();
        String key = UUID.randomUUID().toString();
        ObjectNode notice = Notices.termination(Notices.reference());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> post(landlord, key, notice, TERMINATION)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                ids.add(answer.get().path("noticeId"));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(Notices.notices(landlord)).isEqualTo(1);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneReferenceAndNoKeyStoreOneNotice() throws Exception {
        // the losers' inserts fail on the reference's unique index, roll back and are run once more: they then see the
        // winner's notice and answer with its receipt
        String landlord = Notices.newLandlord();
        ObjectNode notice = Notices.termination(Notices.reference());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> post(landlord, null, notice, TERMINATION)));
            }
            Set<String> ids = new HashSet<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                statuses.add(answer.get().statusCode());
                ids.add(answer.get().path("noticeId"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(Notices.notices(landlord)).isEqualTo(1);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(1);
    }

    @Test
    void theSameReferenceAndContentWithoutAKeyIsAnsweredWithTheOriginalReceipt() {
        String landlord = Notices.newLandlord();
        ObjectNode notice = Notices.termination(Notices.reference());
        ExtractableResponse<Response> first = post(landlord, null, notice, TERMINATION);
        ExtractableResponse<Response> again = post(landlord, null, notice, TERMINATION);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(Notices.notices(landlord)).isEqualTo(1);
    }

    @Test
    void theSameReferenceWithOtherContentIs409PointingToCorrections() {
        String landlord = Notices.newLandlord();
        String reference = Notices.reference();
        String id = post(landlord, null, Notices.termination(reference), TERMINATION).path("noticeId");
        given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON)
                .body(Notices.termination(reference).put("debtAmount", 99).toString())
                .post(TERMINATION).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id + "/corrections"));
        // references are unique per kind: an early warning may carry the same one
        assertThat(post(landlord, null, Notices.earlyWarning(reference), Notices.BASE + "early-warning").statusCode()).isEqualTo(201);
        // and per landlord
        assertThat(post(Notices.newLandlord(), null, Notices.termination(reference), TERMINATION).statusCode()).isEqualTo(201);
        assertThat(Notices.notices(landlord)).isEqualTo(2);
    }

    @Test
    void amendmentsAreIdempotentWithAKeyToo() {
        String landlord = Notices.newLandlord();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(Notices.reference()));
        String key = UUID.randomUUID().toString();
        String withdrawal = "{\"reason\":\"DEBT_PAID\"}";
        ExtractableResponse<Response> first = post(landlord, key, withdrawal, Notices.BASE + id + "/withdrawal");
        ExtractableResponse<Response> second = post(landlord, key, withdrawal, Notices.BASE + id + "/withdrawal");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body().asString()).isEqualTo(first.body().asString());
        // without the key, a second withdrawal is refused: the notice is withdrawn already
        given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON).body(withdrawal)
                .post(Notices.BASE + id + "/withdrawal").then().statusCode(409);
        assertThat(Notices.count("select count(*) from notice_amendment where notice_id = ?::uuid", id)).isEqualTo(1);
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then().body("status", equalTo("WITHDRAWN"));
    }
}
