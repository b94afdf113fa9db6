package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.Topics;
import se.bokvar.platform.outbox.OutboxRelay;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.TestInfrastructure;

/** Nothing lost: state and event commit together, the relay survives a Kafka outage, replicas publish each row once. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class OutboxTest {

    @Inject
    OutboxRelay relay;

    @Test
    void theEventCarriesTheTraceOfTheRequestThatStoredTheNotice() {
        // a notice is followed from the landlord's request to its case by the trace: the outbox row of a new notice,
        // single or in a batch, continues the caller's W3C trace (the store path's callbacks keep the request's context),
        // also when the caller does not sample it (sampling is off by default)
        String landlord = Notices.newLandlord();
        String single = "0af7651916cd43dd8448eb211c80319c";
        String batched = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(Notices.token(landlord)).contentType("application/json")
                .header("traceparent", "00-" + single + "-b7ad6b7169203331-00")
                .body(Notices.termination(Notices.reference()).toString()).post(Notices.BASE + "termination-unpaid-rent")
                .then().statusCode(201);
        com.fasterxml.jackson.databind.node.ObjectNode batch = Notices.MAPPER.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode items = batch.putArray("notices");
        for (int i = 0; i < 2; i++) {
            items.addObject().put("kind", "TERMINATION_UNPAID_RENT").set("notice", Notices.termination(Notices.reference()));
        }
        given().auth().oauth2(Notices.token(landlord)).contentType("application/json")
                .header("traceparent", "00-" + batched + "-00f067aa0ba902b7-01")
                .body(batch.toString()).post(Notices.BASE + "batch").then().statusCode(200);
        String sql = "select count(*) from outbox_event where payload ->> 'landlordId' = ? and trace_parent like ?";
        assertThat(Notices.count(sql, landlord, "00-" + single + "-%")).isEqualTo(1);
        assertThat(Notices.count(sql, landlord, "00-" + batched + "-%")).isEqualTo(2);
    }

    @Test
    void aFailureAfterTheOutboxInsertLeavesNeitherTheNoticeNorItsEvent() {
        String landlord = Notices.newLandlord();
        String reference = "INJECT-FAILURE-" + UUID.randomUUID();
        // fires at commit, after both inserts of the transaction (a deferred constraint trigger)
        Notices.execute("""
                create or replace function test_fail_after_outbox() returns trigger language plpgsql as $$
                begin raise exception 'injected failure after the outbox insert'; end $$;
                drop trigger if exists test_fail_after_outbox on outbox_event;
                create constraint trigger test_fail_after_outbox after insert on outbox_event
                  deferrable initially deferred for each row
                  when (new.payload ->> 'landlordReference' like 'INJECT-FAILURE-%')
                  execute function test_fail_after_outbox();
                """);
        try {
            int status = given().auth().oauth2(Notices.token(landlord)).contentType("application/json")
                    .body(Notices.termination(reference).toString()).post(Notices.BASE + "termination-unpaid-rent")
                    .then().contentType("application/problem+json").extract().statusCode();
            assertThat(status).isGreaterThanOrEqualTo(500);
            assertThat(Notices.count("select count(*) from notice where landlord_reference = ?", reference)).isZero();
            assertThat(Notices.count("select count(*) from outbox_event where payload ->> 'landlordReference' = ?", reference)).isZero();
            // a batch is one transaction: one failing item, and nothing of the batch is stored
            com.fasterxml.jackson.databind.node.ObjectNode batch = Notices.MAPPER.createObjectNode();
            com.fasterxml.jackson.databind.node.ArrayNode items = batch.putArray("notices");
            for (String ref : List.of(Notices.reference(), "INJECT-FAILURE-" + UUID.randomUUID(), Notices.reference())) {
                items.addObject().put("kind", "TERMINATION_UNPAID_RENT").set("notice", Notices.termination(ref));
            }
            int batchStatus = given().auth().oauth2(Notices.token(landlord)).contentType("application/json")
                    .body(batch.toString()).post(Notices.BASE + "batch")
                    .then().contentType("application/problem+json").extract().statusCode();
            assertThat(batchStatus).isGreaterThanOrEqualTo(500);
            assertThat(Notices.notices(landlord)).isZero();
            assertThat(Notices.outboxRows(landlord)).isZero();
            // and without the failure the same request goes through, both rows together
            Notices.execute("drop trigger test_fail_after_outbox on outbox_event");
            Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(reference));
            assertThat(Notices.count("select count(*) from notice where landlord_reference = ?", reference)).isEqualTo(1);
            assertThat(Notices.count("select count(*) from outbox_event where payload ->> 'landlordReference' = ?", reference)).isEqualTo(1);
        } finally {
            Notices.execute("drop trigger if exists test_fail_after_outbox on outbox_event");
        }
    }

    @Test
    void whileKafkaIsDownNoticesAreStillReceivedAndTheRelayCatchesUpWhenItReturns() {
        String landlord = Notices.newLandlord();
        List<String> ids = new ArrayList<>();
        TestInfrastructure.killKafka();
        try {
            for (int i = 0; i < 20; i++) {
                ids.add(Notices.postNew(landlord, i % 2 == 0 ? "termination-unpaid-rent" : "early-warning",
                        i % 2 == 0 ? Notices.termination(Notices.reference()) : Notices.earlyWarning(Notices.reference())));
            }
            // readiness depends on the database only
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            assertThat(Notices.count("select count(*) from outbox_event where published_at is null and subject = any(?)",
                    (Object) ids.toArray(String[]::new))).isEqualTo(20);
        } finally {
            TestInfrastructure.startKafka();
        }
        Set<String> wanted = new HashSet<>(ids);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.NOTICES.name(),
                r -> wanted.contains(KafkaTestClient.header(r, "ce_subject")), 20, Duration.ofSeconds(120));
        assertThat(events.stream().map(r -> KafkaTestClient.header(r, "ce_subject")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(wanted);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void twoRelaysPublishEveryRowExactlyOnce() throws Exception {
        int rows = 2000;
        String run = "relay-probe-" + UUID.randomUUID();
        Notices.execute("insert into outbox_event (id, topic, partition_key, event_type, source, subject, occurred_at, payload)"
                + " select gen_random_uuid(), '" + Topics.NOTICES.name() + "', md5(g::text), 'se.bokvar.test.relay-probe.v1',"
                + " '/bokvar/test', '" + run + "', now(), jsonb_build_object('n', g) from generate_series(1, " + rows + ") g");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> relays = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                relays.add(pool.submit(() -> {
                    int published = 0;
                    int idle = 0;
                    while (idle < 3) {
                        int n = relay.drainBatch().await().atMost(Duration.ofSeconds(60));
                        published += n;
                        idle = n == 0 ? idle + 1 : 0;
                    }
                    return published;
                }));
            }
            int byTestRelays = 0;
            for (Future<Integer> r : relays) {
                byTestRelays += r.get();
            }
            System.out.printf("relay probe: %d of %d rows published by the two test relays, the rest by the service's own%n",
                    byTestRelays, rows);
            assertThat(byTestRelays).isPositive();
        } finally {
            pool.shutdown();
        }
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.NOTICES.name(),
                r -> run.equals(KafkaTestClient.header(r, "ce_subject")), rows + 1, Duration.ofSeconds(20));
        Map<String, Long> perId = events.stream().collect(Collectors.groupingBy(r -> KafkaTestClient.header(r, "ce_id"),
                Collectors.counting()));
        assertThat(events).hasSize(rows);
        assertThat(perId).hasSize(rows);
        assertThat(perId.values()).allMatch(n -> n == 1);
        assertThat(Notices.count("select count(*) from outbox_event where subject = ? and published_at is null", run)).isZero();
        assertThat(Notices.count("select count(distinct id) from outbox_event where subject = ?", run)).isEqualTo(rows);
        Function<ConsumerRecord<String, String>, String> n = r -> r.value();
        assertThat(events.stream().map(n).collect(Collectors.toSet())).hasSize(rows);
    }
}
