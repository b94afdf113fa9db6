package se.bokvar.kronofogden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.bokvar.kronofogden.Fixtures.ANNA;
import static se.bokvar.kronofogden.Fixtures.DUTY;
import static se.bokvar.kronofogden.Fixtures.notice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.kronofogden.app.delivery.DeliveryMetrics;

/**
 * The same-day acknowledgement to Kronofogden naming the responsible caseworker, delivered over HTTP (a real
 * socket) until confirmed, with every attempt recorded; the supervisors' alert when it is not confirmed in time.
 * case-service's naming is published on its topic as case-service does.
 */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class AcknowledgementTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Inject
    DeliveryMetrics metrics;

    @InjectFakeKronofogden
    FakeKronofogden kronofogden;

    @AfterEach
    void reset() {
        kronofogden.accept();
        clock.reset();
    }

    /** Kronofogden's confirmed acknowledgements for a case (by KFM case number). */
    List<JsonNode> acknowledgementsAtKronofogden(String kfm, int count) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(
                () -> kronofogden.confirmed("/acknowledgements", "\"" + kfm + "\""), list -> list.size() >= count)
                .stream().map(r -> read(r.body())).toList();
    }

    static JsonNode read(String json) {
        try {
            return ContractSchemas.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode deliveryEvent(String type, UUID caseId, String status) {
        List<ConsumerRecord<String, String>> events = Fixtures.events(Topics.KRONOFOGDEN_DELIVERIES.name(), type,
                caseId.toString(), status == null ? v -> true : Fixtures.field("status", status), 1, WAIT);
        if (events.size() != 1) {
            try {
                System.out.println("DIAGNOSTIC outbox: " + Fixtures.query("select event_type, subject, published_at, payload::text"
                        + " from outbox_event where subject = ?", caseId.toString()));
                System.out.println("DIAGNOSTIC deliveries: " + Fixtures.query("select id, kind, status, attempts, last_outcome,"
                        + " lease_until, next_attempt_at from delivery where case_id = ?", caseId));
            } catch (Exception e) {
                System.out.println("DIAGNOSTIC failed: " + e);
            }
        }
        assertThat(events).as("%s %s event for case %s", type, status, caseId).hasSize(1);
        return read(events.get(0).value());
    }

    static Map<String, Object> acknowledgementRow(String kfm, int sequence) throws Exception {
        return Fixtures.query("select * from delivery where kind = 'ACKNOWLEDGEMENT' and kfm_case_number = ? and sequence = ?",
                kfm, sequence).get(0);
    }

    static List<Map<String, Object>> attempts(Object deliveryId) throws Exception {
        return Fixtures.query("select outcome, http_status, detail, attempted_at from delivery_attempt where delivery_id = ?"
                + " order by attempted_at, id", deliveryId);
    }

    static LocalDate stockholmDay(Object timestamp) {
        return ((OffsetDateTime) timestamp).atZoneSameInstant(STOCKHOLM).toLocalDate();
    }

    @Test
    void theAcknowledgementNamesTheAssignedCaseworkerAndIsConfirmedTheSameDay() throws Exception {
        clock.setTo(LocalDateTime.of(2026, 3, 10, 10, 15));
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.parse("2026-03-17T09:00:00+01:00");
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        UUID caseId = UUID.randomUUID();
        long latenciesBefore = metrics.acknowledgementLatencyCount();
        String eventId = Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));

        JsonNode ack = acknowledgementsAtKronofogden(kfm, 1).get(0);
        assertThat(ack.get("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(ack.get("sequence").asInt()).isEqualTo(1);
        assertThat(ack.get("basis").asText()).isEqualTo("ASSIGNED");
        assertThat(ack.get("socialServicesReference").asText()).isEqualTo(caseId.toString());
        JsonNode cw = ack.get("responsibleCaseworker");
        assertThat(cw.get("name").asText()).isEqualTo("Anna Handläggare");
        assertThat(cw.get("phone").asText()).isEqualTo("031-365 10 01");
        assertThat(cw.get("email").asText()).isEqualTo("anna.handlaggare@socialtjanst.example");
        assertThat(cw.get("unit").asText()).isEqualTo("Nordost, vuxenenheten");
        assertThat(OffsetDateTime.parse(ack.get("noticeReceivedAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse((String) receipt.get("receivedAt")).toInstant());
        // every message the fake received followed the contract (it answers 400 otherwise)
        assertThat(kronofogden.all("/acknowledgements", kfm)).allSatisfy(r -> assertThat(r.violations()).isEmpty());
        assertThat(kronofogden.confirmed("/acknowledgements", kfm).get(0).idempotencyKey())
                .isEqualTo(ack.get("acknowledgementId").asText());

        JsonNode confirmed = deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
        assertThat(confirmed.get("kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(confirmed.get("caseworkerUserId").asText()).isEqualTo("anna");
        assertThat(confirmed.get("attempts").asInt()).isEqualTo(1);
        assertThat(LocalDate.ofInstant(java.time.Instant.parse(confirmed.get("at").asText()), STOCKHOLM))
                .isEqualTo(LocalDate.of(2026, 3, 10));

        Map<String, Object> row = acknowledgementRow(kfm, 1);
        assertThat(row.get("status")).isEqualTo("CONFIRMED");
        assertThat(stockholmDay(row.get("confirmed_at"))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(row.get("remote_reference")).asString().startsWith("FAKE-");
        assertThat(attempts(row.get("id"))).singleElement().satisfies(a -> {
            assertThat(a.get("outcome")).isEqualTo("CONFIRMED");
            assertThat(a.get("http_status")).isEqualTo(201);
        });

        // case-service's event redelivered, and announced again under a new id: still one acknowledgement
        Fixtures.publish(eventId, Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> kronofogden.all("/acknowledgements", "\"" + kfm + "\"").size() == 1);
        assertThat(Fixtures.query("select id from delivery where kfm_case_number = ? and kind = 'ACKNOWLEDGEMENT'", kfm)).hasSize(1);
        // its latency (receipt to confirmation) was measured once, and is published without personal data
        assertThat(metrics.acknowledgementLatencyCount()).isGreaterThanOrEqualTo(latenciesBefore + 1);
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("bokvar_kronofogden_acknowledgement_latency_seconds_count").doesNotContain(kfm);
    }

    @Test
    void theDutyCaseworkerNamedAtTheCutOffIsAcknowledgedThatDay() throws Exception {
        // case-service names the board's duty caseworker at its cut-off when nobody was assigned
        clock.setTo(LocalDateTime.of(2026, 3, 11, 8, 5));
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.parse("2026-03-18T10:00:00+01:00");
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        clock.setTo(LocalDateTime.of(2026, 3, 11, 15, 0));
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, DUTY, "DUTY", 1, evictionAt));

        JsonNode ack = acknowledgementsAtKronofogden(kfm, 1).get(0);
        assertThat(ack.get("basis").asText()).isEqualTo("DUTY");
        assertThat(ack.get("responsibleCaseworker").get("name").asText()).isEqualTo("David Jour");
        assertThat(ack.get("responsibleCaseworker").get("email").asText()).isEqualTo("jour.nordost@socialtjanst.example");
        deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
        Map<String, Object> row = acknowledgementRow(kfm, 1);
        assertThat(row.get("due_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 11)));
        assertThat(stockholmDay(row.get("confirmed_at"))).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(row.get("overdue_alerted_at")).isNull();
    }

    @Test
    void aNoticeArrivingAt2359IsAcknowledgedTheSameDay() throws Exception {
        clock.setTo(LocalDateTime.of(2026, 3, 12, 23, 59, 0));
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.parse("2026-03-19T09:00:00+01:00");
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        assertThat(receipt.get("acknowledgementDueOn")).isEqualTo("2026-03-12");
        // after the cut-off: case-service names the duty caseworker at once
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, DUTY, "DUTY", 1, evictionAt));

        acknowledgementsAtKronofogden(kfm, 1);
        JsonNode confirmed = deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
        assertThat(LocalDate.ofInstant(java.time.Instant.parse(confirmed.get("at").asText()), STOCKHOLM))
                .isEqualTo(LocalDate.of(2026, 3, 12));
        Map<String, Object> row = acknowledgementRow(kfm, 1);
        assertThat(stockholmDay(row.get("confirmed_at"))).isEqualTo(LocalDate.of(2026, 3, 12));
        for (Map<String, Object> attempt : attempts(row.get("id"))) {
            assertThat(stockholmDay(attempt.get("attempted_at"))).isEqualTo(LocalDate.of(2026, 3, 12));
        }
        // due at the end of the day at the latest, and confirmed before: never alerted
        assertThat(((OffsetDateTime) row.get("overdue_at")).atZoneSameInstant(STOCKHOLM).toLocalDateTime())
                .isAfter(LocalDateTime.of(2026, 3, 12, 23, 59, 0)).isBefore(LocalDateTime.of(2026, 3, 13, 0, 0));
        assertThat(row.get("overdue_alerted_at")).isNull();
    }

    @Test
    void deliveryIsRetriedWhileKronofogdenRefusesAndEveryAttemptIsRecorded() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        kronofogden.refuseNext(3);
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));

        acknowledgementsAtKronofogden(kfm, 1);
        JsonNode confirmed = deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
        Map<String, Object> row = acknowledgementRow(kfm, 1);
        List<Map<String, Object>> attempts = attempts(row.get("id"));
        // the three refused attempts (HTTP 503) and the confirmation, each recorded; the same message every time
        assertThat(attempts).extracting(a -> a.get("outcome"))
                .containsExactly("REFUSED", "REFUSED", "REFUSED", "CONFIRMED");
        assertThat(attempts.subList(0, 3)).allSatisfy(a -> assertThat(a.get("http_status")).isEqualTo(503));
        assertThat(confirmed.get("attempts").asInt()).isEqualTo(4);
        assertThat(row.get("attempts")).isEqualTo(4);
        List<FakeKronofogden.Received> all = kronofogden.all("/acknowledgements", "\"" + kfm + "\"");
        assertThat(all).hasSize(4);
        assertThat(all).extracting(FakeKronofogden.Received::body).containsOnly(all.get(0).body());
        assertThat(all).extracting(FakeKronofogden.Received::idempotencyKey).containsOnly(all.get(0).idempotencyKey());
        // backed off (test profile: 200 ms, doubled per failure): never sooner than the backoff allows
        OffsetDateTime a1 = (OffsetDateTime) attempts.get(0).get("attempted_at");
        OffsetDateTime a2 = (OffsetDateTime) attempts.get(1).get("attempted_at");
        OffsetDateTime a4 = (OffsetDateTime) attempts.get(3).get("attempted_at");
        assertThat(Duration.between(a1, a2)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(a1, a4)).isGreaterThanOrEqualTo(Duration.ofMillis(200 + 400 + 800));
    }

    @Test
    void aHangingKronofogdenNeverHoldsUpIntake() throws Exception {
        kronofogden.hold();
        try {
            String kfm = Fixtures.kfmCaseNumber();
            OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
            Fixtures.publish(Fixtures.named(UUID.randomUUID(), kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
            await().atMost(WAIT).until(() -> kronofogden.held() >= 1);
            // an acknowledgement is stuck in a call Kronofogden does not answer (the client waits up to 15 s): intake
            // goes on regardless, since taking a notice in never touches the outbound side
            long t0 = System.nanoTime();
            Fixtures.received(notice(Fixtures.kfmCaseNumber(), evictionAt));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(kronofogden.held()).isGreaterThanOrEqualTo(1);
        } finally {
            kronofogden.release();
        }
    }

    @Test
    void whenKronofogdenIsUnreachableNoticesAreStillTakenInAndAcknowledgementsGoOutWhenItReturns() throws Exception {
        kronofogden.stop();
        try {
            String kfm = Fixtures.kfmCaseNumber();
            OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
            UUID caseId = UUID.randomUUID();
            Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
            await().atMost(WAIT).until(() -> !Fixtures.query("select d.id from delivery d join delivery_attempt a on a.delivery_id = d.id"
                    + " where d.kfm_case_number = ? and d.kind = 'ACKNOWLEDGEMENT' and a.outcome = 'UNREACHABLE'", kfm).isEmpty());
            // notices are still taken in
            Fixtures.received(notice(Fixtures.kfmCaseNumber(), evictionAt));
            assertThat(acknowledgementRow(kfm, 1).get("status")).isEqualTo("PENDING");

            kronofogden.start();
            acknowledgementsAtKronofogden(kfm, 1);
            deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
            assertThat(attempts(acknowledgementRow(kfm, 1).get("id"))).extracting(a -> a.get("outcome"))
                    .contains("UNREACHABLE").last().isEqualTo("CONFIRMED");
        } finally {
            kronofogden.start();
        }
    }

    @Test
    void anAcknowledgementNotConfirmedByTheAlertTimeAlertsSupervisorsOnce() throws Exception {
        clock.setTo(LocalDateTime.of(2026, 3, 13, 15, 0));
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.parse("2026-03-20T09:00:00+01:00");
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        kronofogden.refuseAlways();
        UUID caseId = UUID.randomUUID();
        double overdueBefore = metrics.overdueCount();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        await().atMost(WAIT).until(() -> kronofogden.all("/acknowledgements", "\"" + kfm + "\"").size() >= 2);
        assertThat(acknowledgementRow(kfm, 1).get("overdue_alerted_at")).isNull();

        clock.setTo(LocalDateTime.of(2026, 3, 13, 16, 0, 30));
        JsonNode overdue = deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "OVERDUE");
        assertThat(overdue.get("kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(overdue.get("caseworkerUserId").asText()).isEqualTo("anna");
        assertThat(overdue.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(metrics.overdueCount()).isGreaterThanOrEqualTo(overdueBefore + 1);
        String prometheus = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(prometheus).contains("bokvar_kronofogden_acknowledgements_overdue_total")
                .contains("bokvar_kronofogden_acknowledgements_overdue_pending")
                .contains("bokvar_kronofogden_delivery_attempts_total{kind=\"ACKNOWLEDGEMENT\",outcome=\"REFUSED\"}")
                .doesNotContain(kfm).doesNotContain(caseId.toString());

        // Kronofogden is back: confirmed; the alert is not repeated
        kronofogden.accept();
        deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
        assertThat(Fixtures.events(Topics.KRONOFOGDEN_DELIVERIES.name(), DeliveryEvents.ACKNOWLEDGEMENT.type(),
                caseId.toString(), Fixtures.field("status", "OVERDUE"), 2, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void aNoticeNobodyNamedACaseworkerForIsCountedAfterTheAlertTime() {
        clock.setTo(LocalDateTime.of(2026, 3, 16, 15, 0));
        Fixtures.received(notice(Fixtures.kfmCaseNumber(), OffsetDateTime.parse("2026-03-23T09:00:00+01:00")));
        // case-service never names anyone for it: at 16:00 it counts as not acknowledged in time
        long before = await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> metrics.noticesUnacknowledged(), n -> true);
        clock.setTo(LocalDateTime.of(2026, 3, 16, 16, 0, 30));
        await().atMost(WAIT).until(() -> metrics.noticesUnacknowledged(), n -> n >= before + 1);
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("bokvar_kronofogden_notices_unacknowledged");
    }

    @Test
    void aReassignmentSendsAnUpdatedAcknowledgementAndReplacesOneNotYetConfirmed() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, DUTY, "DUTY", 1, evictionAt));
        acknowledgementsAtKronofogden(kfm, 1);

        CaseworkerV1 bengt = new CaseworkerV1("bengt", "Bengt Handläggare", "031-365 20 02", "bengt@socialtjanst.example",
                "Nordost, vuxenenheten");
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, bengt, "REASSIGNED", 2, evictionAt));
        JsonNode updated = acknowledgementsAtKronofogden(kfm, 2).stream().filter(a -> a.get("sequence").asInt() == 2)
                .findFirst().orElseThrow();
        assertThat(updated.get("kind").asText()).isEqualTo("UPDATED_ACKNOWLEDGEMENT");
        assertThat(updated.get("basis").asText()).isEqualTo("REASSIGNED");
        assertThat(updated.get("responsibleCaseworker").get("name").asText()).isEqualTo("Bengt Handläggare");

        // a naming not yet confirmed is replaced by a later one: Kronofogden gets only the latest
        String other = Fixtures.kfmCaseNumber();
        Map<String, Object> otherReceipt = Fixtures.received(notice(other, evictionAt));
        UUID otherCase = UUID.randomUUID();
        kronofogden.refuseAlways();
        Fixtures.publish(Fixtures.named(otherCase, other, otherReceipt, DUTY, "DUTY", 1, evictionAt));
        await().atMost(WAIT).until(() -> !kronofogden.all("/acknowledgements", "\"" + other + "\"").isEmpty());
        Fixtures.publish(Fixtures.named(otherCase, other, otherReceipt, bengt, "REASSIGNED", 2, evictionAt));
        await().atMost(WAIT).until(() -> "SUPERSEDED".equals(acknowledgementRow(other, 1).get("status")));
        kronofogden.accept();
        List<JsonNode> delivered = acknowledgementsAtKronofogden(other, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> kronofogden.confirmed("/acknowledgements", "\"" + other + "\"").size() == 1);
        assertThat(delivered.get(0).get("sequence").asInt()).isEqualTo(2);
        assertThat(acknowledgementRow(other, 1).get("status")).isEqualTo("SUPERSEDED");
    }

    @Test
    void aDeliveryLeftClaimedByAStoppedWorkerIsTakenUpFromTheTable() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        kronofogden.refuseAlways();
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        await().atMost(WAIT).until(() -> !kronofogden.all("/acknowledgements", "\"" + kfm + "\"").isEmpty());
        // as if a worker claimed it and died: leased for an hour (set again if an attempt in flight just cleared it)
        await().atMost(WAIT).until(() -> {
            Fixtures.execute("update delivery set lease_until = now() + interval '1 hour' where kfm_case_number = ?"
                    + " and kind = 'ACKNOWLEDGEMENT'", kfm);
            Thread.sleep(300);
            return Fixtures.query("select id from delivery where kfm_case_number = ? and kind = 'ACKNOWLEDGEMENT'"
                    + " and lease_until > now() + interval '50 minutes'", kfm).size() == 1;
        });
        kronofogden.accept();
        int before = kronofogden.all("/acknowledgements", "\"" + kfm + "\"").size();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> kronofogden.all("/acknowledgements", "\"" + kfm + "\"").size() == before);
        clock.advance(Duration.ofHours(2));
        deliveryEvent(DeliveryEvents.ACKNOWLEDGEMENT.type(), caseId, "CONFIRMED");
    }
}
