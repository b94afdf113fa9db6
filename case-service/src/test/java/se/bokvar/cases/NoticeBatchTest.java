package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.KafkaTestClient.Outgoing;

/**
 * Notices arrive in batches (one transaction per poll, EventRoutes.consumeAll): one building's notices published
 * together, with a redelivery, a correction right behind its original, a record that is no CloudEvent data, and one
 * that the database refuses in the middle. Every good event is applied once and in order, the two bad ones go to the
 * dead-letter topic, and the partition moves on.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class NoticeBatchTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aBatchWithBadEventsAppliesEveryGoodOneOnceAndDeadLettersTheBadOnes() {
        // the batch is applied by one consumer only once the group has settled: a consumer still joining could take the
        // partition mid-batch and apply the uncommitted batch again, dead-lettering the bad records twice
        KafkaTestClient.awaitStableGroup("case-service", 5, Duration.ofSeconds(60));
        Place building = Place.fresh("41502", "1201");
        TerminationNoticeReceivedV1 first = TestEvents.termination(building, LocalDate.now().minusDays(2), NOW,
                ChildrenKnownV1.NO, Pins.next());
        // a debt beyond numeric(12, 2): readable, but PostgreSQL refuses it in the middle of the batch's transaction
        TerminationNoticeReceivedV1 refused = TestEvents.withDebt(TestEvents.termination(building.flat("1202"), null, NOW,
                ChildrenKnownV1.NO, Pins.next()), "99999999999999", null);
        TerminationNoticeReceivedV1 second = TestEvents.termination(building.flat("1203"), null, NOW, ChildrenKnownV1.NO,
                Pins.next());
        NoticeCorrectedV1 correction = TestEvents.correction(TestEvents.withDebt(first, "4321", LocalDate.now().minusDays(2)),
                NOW.plusSeconds(60));
        String key = first.keys().buildingKey();

        List<Outgoing> records = new ArrayList<>();
        String firstEvent = UUID.randomUUID().toString();
        records.add(record(NoticeEvents.TERMINATION_RECEIVED, key, firstEvent, first.noticeId(), json(first)));
        records.add(record(NoticeEvents.TERMINATION_RECEIVED, key, firstEvent, first.noticeId(), json(first)));
        String unreadable = UUID.randomUUID().toString();
        records.add(record(NoticeEvents.TERMINATION_RECEIVED, key, unreadable, UUID.randomUUID(), "{\"noticeId\": [not json"));
        String refusedEvent = UUID.randomUUID().toString();
        records.add(record(NoticeEvents.TERMINATION_RECEIVED, key, refusedEvent, refused.noticeId(), json(refused)));
        records.add(record(NoticeEvents.CORRECTED, key, UUID.randomUUID().toString(), first.noticeId(), json(correction)));
        records.add(record(NoticeEvents.TERMINATION_RECEIVED, key, UUID.randomUUID().toString(), second.noticeId(),
                json(second)));
        KafkaTestClient.publishAll(NoticeEvents.TERMINATION_RECEIVED.topic().name(), records);

        String firstCase = caseIdOf(ANNA, first.noticeId());
        String secondCase = caseIdOf(ANNA, second.noticeId());
        assertThat(secondCase).isNotEqualTo(firstCase);
        CaseApi.awaitCase(ANNA, firstCase, c -> c.getInt("notices[0].revision") == 2);
        assertThat(CaseApi.read(ANNA, firstCase).getString("notices[0].debtAmount")).isEqualTo("4321.0");
        // the redelivered original was applied once
        assertThat(CaseApi.sql("select count(*) from case_notice where id = ?", first.noticeId())).containsExactly("1");
        assertThat(CaseApi.sql("select change from case_notice_revision where notice_id = ? order by revision",
                first.noticeId())).containsExactly("ORIGINAL", "CORRECTION");

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.await("bokvar.case.dead-letter.v1",
                r -> Set.of(unreadable, refusedEvent).contains(KafkaTestClient.header(r, "ce_id")), 2, Duration.ofSeconds(30));
        assertThat(dead).extracting(r -> KafkaTestClient.header(r, "ce_id")).containsExactlyInAnyOrder(unreadable, refusedEvent);
        assertThat(CaseApi.sql("select count(*) from case_notice where id = ?", refused.noticeId())).containsExactly("0");

        // the partition moved on: the building's next notice is registered
        TerminationNoticeReceivedV1 later = TestEvents.termination(building.flat("1204"), null, NOW, ChildrenKnownV1.NO,
                Pins.next());
        TestEvents.publish(later);
        caseIdOf(ANNA, later.noticeId());
    }

    static Outgoing record(EventType<?> type, String key, String eventId, UUID subject, String json) {
        return new Outgoing(key, eventId, type.type(), subject.toString(), json);
    }

    static String json(Object data) {
        try {
            return TestEvents.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
