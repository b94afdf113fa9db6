package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;

/** Case management's "notice registered" sets the delivery status, exactly once; nothing else of the case shows. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class NoticeStatusTest {

    static void registered(String eventId, String noticeId) {
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), "k-" + noticeId, eventId, CaseEvents.NOTICE_REGISTERED.type(),
                noticeId, "{\"noticeId\":\"" + noticeId + "\",\"source\":\"landlord\",\"registeredAt\":\"" + Instant.now() + "\"}");
    }

    static String status(String landlord, String id) {
        return given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then().statusCode(200).extract().path("status");
    }

    @Test
    void aRegisteredNoticeIsHandedToCaseManagementOnce() {
        String landlord = Notices.newLandlord();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(Notices.reference()));
        assertThat(status(landlord, id)).isEqualTo("RECEIVED");
        // another event type on the topic, even one naming the notice, changes nothing
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), "k", UUID.randomUUID().toString(), CaseEvents.ACCESS_CHANGED.type(),
                id, "{\"noticeId\":\"" + id + "\"}");
        String eventId = UUID.randomUUID().toString();
        registered(eventId, id);
        await().atMost(Duration.ofSeconds(30)).until(() -> status(landlord, id).equals("HANDED_TO_CASE_MANAGEMENT"));
        String handedAt = given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then()
                .extract().path("handedToCaseManagementAt");
        assertThat(handedAt).isNotNull();
        registered(eventId, id); // redelivered
        registered(UUID.randomUUID().toString(), id); // registered again (another event): the first time stays
        await().atMost(Duration.ofSeconds(30)).until(() -> Notices.count(
                "select count(*) from processed_event where event_type = ? and event_id in (?::uuid)",
                CaseEvents.NOTICE_REGISTERED.type(), eventId) == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then()
                .body("handedToCaseManagementAt", equalTo(handedAt))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("caseId")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("board")));
    }

    @Test
    void aWithdrawnNoticeStaysWithdrawnWhenRegistered() {
        String landlord = Notices.newLandlord();
        String id = Notices.postNew(landlord, "early-warning", Notices.earlyWarning(Notices.reference()));
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"SENT_IN_ERROR\"}").statusCode(201);
        registered(UUID.randomUUID().toString(), id);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id)
                .then().extract().path("handedToCaseManagementAt") != null);
        assertThat(status(landlord, id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRegistrationOfAnUnknownNoticeIsSkipped() {
        String eventId = UUID.randomUUID().toString();
        registered(eventId, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> Notices.count(
                "select count(*) from processed_event where event_id = ?::uuid", eventId) == 1);
    }
}
