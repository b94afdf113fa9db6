package se.bokvar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;

/** Every notice kind has its endpoint, its receipt and its own versioned CloudEvent type. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class NoticeKindsTest {

    static JsonNode eventOf(String noticeId, EventType<?> type) throws Exception {
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.NOTICES.name(),
                r -> noticeId.equals(KafkaTestClient.header(r, "ce_subject"))
                        && type.type().equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertThat(events).as("a %s event for %s", type.type(), noticeId).hasSize(1);
        return Notices.MAPPER.readTree(events.get(0).value());
    }

    @Test
    void aRequestToRectifyIsReceivedAndAnnounced() throws Exception {
        String landlord = Notices.newLandlord();
        String id = Notices.post(landlord, "rectification-request", Notices.rectification(Notices.reference()))
                .statusCode(201)
                .body("kind", equalTo("RECTIFICATION_REQUEST"))
                .body("receivedAt", notNullValue())
                .body("recoveryPeriod", nullValue())
                .body("statusUrl", org.hamcrest.Matchers.startsWith("/api/v1/notices/"))
                .extract().path("noticeId");
        JsonNode data = eventOf(id, NoticeEvents.RECTIFICATION_RECEIVED);
        assertThat(data.path("kind").asText()).isEqualTo("DISTURBANCE");
        assertThat(data.path("incidentDates")).hasSize(1);
        assertThat(data.path("landlordId").asText()).isEqualTo(landlord);
        assertThat(data.path("tenants").get(0).path("personalIdentityNumber").asText()).isEqualTo("198503152384");
    }

    @Test
    void anEarlyWarningIsReceivedAndAnnounced() throws Exception {
        String id = Notices.postNew(Notices.newLandlord(), "early-warning", Notices.earlyWarning(Notices.reference()));
        JsonNode data = eventOf(id, NoticeEvents.EARLY_WARNING_RECEIVED);
        assertThat(data.path("reasons").toString()).isEqualTo("[\"LATE_PAYMENTS\",\"CONCERN_FOR_CHILDREN\"]");
        assertThat(data.path("debtAmount").decimalValue()).isEqualByComparingTo("7850");
    }

    @Test
    void aTenantOwnedFlatsTerminationCountsUnderTheBostadsrattslagen() throws Exception {
        ObjectNode dwelling = Notices.termination(Notices.reference()).put("tenure", "TENANT_OWNED_DWELLING");
        String id = Notices.post(Notices.newLandlord(), "termination-unpaid-rent", dwelling).statusCode(201)
                .body("recoveryPeriod.legalBasis", equalTo("Bostadsrättslagen 7 kap. 23 §"))
                .extract().path("noticeId");
        assertThat(eventOf(id, NoticeEvents.TERMINATION_RECEIVED).path("tenure").asText()).isEqualTo("TENANT_OWNED_DWELLING");

        Notices.post(Notices.newLandlord(), "termination-unpaid-rent", Notices.termination(Notices.reference()))
                .statusCode(201).body("recoveryPeriod.legalBasis", equalTo("Jordabalken 12 kap. 44 §"));
    }

    @Test
    void eachKindIsOnlyAcceptedAtItsOwnEndpoint() {
        String landlord = Notices.newLandlord();
        Notices.post(landlord, "early-warning", Notices.rectification(Notices.reference()))
                .statusCode(400).contentType("application/problem+json");
        Notices.post(landlord, "termination-unpaid-rent", Notices.earlyWarning(Notices.reference()))
                .statusCode(400).contentType("application/problem+json");
        assertThat(Notices.notices(landlord)).isZero();
    }
}
