package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.notice.IncomingNotice;
import se.bokvar.cases.app.notice.RegisterNotices;
import se.bokvar.contracts.v1.ChildrenKnownV1;

/**
 * A run of notices registered together (set-based, issue 14) leaves exactly what registering them one at a time
 * leaves: the same cases, notices, revisions, people, tasks, timeline, deadlines and announcements, row for row. The
 * run mixes what takes the batch path (households with no case: every notice kind, children, no served date, an
 * unrouted postal code, a personnummer twice in one notice) with what must not (a second notice for a household
 * earlier in the run, by flat and by a shared tenant in the building; a household with an open case; a notice received
 * so long ago that an alert is due at once; a notice registered already). Each scenario runs twice on fresh
 * addresses and people, once as a run and once one by one, and the two are compared with their ids, keys, addresses
 * and people replaced by placeholders.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class RegisterNoticesTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    RegisterNotices registration;

    /** One world's notices: the run, and those registered before it. */
    record World(List<IncomingNotice> before, List<IncomingNotice> run, Map<String, String> masks) {
    }

    @Test
    void aRunLeavesWhatOneAtATimeLeaves() {
        World together = world();
        World alone = world();

        register(together.before());
        register(alone.before());
        sessions.withTransaction(s -> registration.handle(s, together.run(),
                Collections.nCopies(together.run().size(), null))).await().indefinitely();
        for (IncomingNotice n : alone.run()) {
            sessions.withTransaction(s -> registration.handle(s, List.of(n), Collections.singletonList(null)))
                    .await().indefinitely();
        }

        assertThat(fingerprint(together)).isEqualTo(fingerprint(alone));
        // the person keys announced are in order (the fingerprint compares only their number: they differ per world)
        for (IncomingNotice n : together.run()) {
            for (String keys : CaseApi.sql("select payload ->> 'personKeys' from outbox_event where subject ="
                    + " (select case_id::text from case_notice where id = ?) and event_type like '%access-changed%'",
                    n.noticeId())) {
                List<String> list = List.of(keys.replaceAll("[\\[\\]\" ]", "").split(","));
                assertThat(list).isSorted();
            }
        }
        // every notice of the run is on a case, none twice
        for (IncomingNotice n : together.run()) {
            assertThat(CaseApi.sql("select count(*) from case_notice where id = ?", n.noticeId())).containsExactly("1");
        }
    }

    /**
     * Through Kafka: a building's twenty new households published together are consumed as a run and take the batch
     * path, which stores each case once (version 0) where one at a time updates it after inserting it.
     */
    @Test
    void aPollOfNewHouseholdsIsRegisteredAsARun() {
        Place building = Place.fresh("41502", "1");
        List<se.bokvar.testsupport.KafkaTestClient.Outgoing> records = new ArrayList<>();
        List<se.bokvar.contracts.v1.TerminationNoticeReceivedV1> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            se.bokvar.contracts.v1.TerminationNoticeReceivedV1 n = TestEvents.termination(building.flat("10" + i), null,
                    NOW, ChildrenKnownV1.NO, Pins.next());
            sent.add(n);
            records.add(NoticeBatchTest.record(se.bokvar.contracts.NoticeEvents.TERMINATION_RECEIVED,
                    n.keys().buildingKey(), java.util.UUID.randomUUID().toString(), n.noticeId(), NoticeBatchTest.json(n)));
        }
        se.bokvar.testsupport.KafkaTestClient.publishAll(
                se.bokvar.contracts.NoticeEvents.TERMINATION_RECEIVED.topic().name(), records);

        List<String> versions = new ArrayList<>();
        for (se.bokvar.contracts.v1.TerminationNoticeReceivedV1 n : sent) {
            String caseId = CaseApi.caseIdOf(CaseApi.ANNA, n.noticeId());
            versions.addAll(CaseApi.sql("select version from household_case where id = ?::uuid", caseId));
            assertThat(CaseApi.sql("select count(*) from outbox_event where subject = ?", caseId)).containsExactly("1");
        }
        assertThat(versions.stream().filter("0"::equals).count()).as("cases opened by the batch path").isGreaterThanOrEqualTo(10);
    }

    private void register(List<IncomingNotice> notices) {
        for (IncomingNotice n : notices) {
            sessions.withTransaction(s -> registration.handle(s, List.of(n), Collections.singletonList(null)))
                    .await().indefinitely();
        }
    }

    /** The scenarios on fresh addresses and people. */
    private static World world() {
        Map<String, String> masks = new LinkedHashMap<>();
        Function<Place, Place> mask = p -> {
            masks.put(p.street(), "STREET" + masks.size());
            masks.put(p.keys().buildingKey(), "BUILDING" + masks.size());
            masks.put(p.keys().tenancyKey(), "TENANCY" + masks.size());
            return p;
        };
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String pin = Pins.next();
            pins.add(pin);
            masks.put(pin, "PIN" + i);
            masks.put("Person " + pin.substring(8), "NAME" + i);
        }
        Place a = mask.apply(Place.fresh("41502", "1101"));
        Place b = mask.apply(Place.fresh("41502", "1102"));
        Place c = mask.apply(Place.fresh("41502", "1103"));
        Place d = mask.apply(Place.fresh("42800", "1104")); // no board covers it
        Place e = mask.apply(Place.fresh("41502", "1105"));
        Place f = mask.apply(Place.fresh("41502", "1106"));
        Place g = mask.apply(mask.apply(Place.fresh("41502", "1201")).flat("1202"));
        Place h = mask.apply(Place.fresh("41502", "1107"));
        Place k = mask.apply(Place.fresh("41502", "1108"));

        IncomingNotice existing = of(TestEvents.termination(h, LocalDate.now().minusDays(3), NOW.minusSeconds(600),
                ChildrenKnownV1.NO, pins.get(10)));
        IncomingNotice registered = of(TestEvents.termination(k, null, NOW.minusSeconds(500), ChildrenKnownV1.NO,
                pins.get(12)));
        List<IncomingNotice> run = List.of(
                of(TestEvents.termination(a, LocalDate.now().minusDays(2), NOW.minusSeconds(90), ChildrenKnownV1.NO,
                        pins.get(0))),
                of(TestEvents.termination(b, null, NOW.minusSeconds(80), ChildrenKnownV1.YES, pins.get(1), pins.get(2))),
                of(TestEvents.rectification(c, NOW.minusSeconds(70), ChildrenKnownV1.UNKNOWN, pins.get(3))),
                of(TestEvents.termination(d, null, NOW.minusSeconds(60), ChildrenKnownV1.NO, pins.get(4))),
                of(TestEvents.earlyWarning(e, NOW.minusSeconds(50), ChildrenKnownV1.YES, pins.get(5), pins.get(5))),
                // a second notice for the household of the first, by flat
                of(TestEvents.termination(a, null, NOW.minusSeconds(40), ChildrenKnownV1.YES, pins.get(0))),
                // the recovery period ended long ago: an alert is due at once
                of(TestEvents.termination(f, LocalDate.now().minusDays(40), NOW.minusSeconds(40L * 86_400),
                        ChildrenKnownV1.NO, pins.get(6))),
                // two flats of one building sharing a tenant: one household
                of(TestEvents.termination(g.flat("1201"), null, NOW.minusSeconds(30), ChildrenKnownV1.NO, pins.get(7))),
                of(TestEvents.termination(g, null, NOW.minusSeconds(20), ChildrenKnownV1.NO, pins.get(7), pins.get(8))),
                // a household with an open case
                of(TestEvents.termination(h, null, NOW.minusSeconds(10), ChildrenKnownV1.NO, pins.get(10), pins.get(11))),
                registered,
                of(TestEvents.earlyWarning(mask.apply(Place.fresh("41502", "1109")), NOW.minusSeconds(5),
                        ChildrenKnownV1.NO, pins.get(13))));
        return new World(List.of(existing, registered), run, masks);
    }

    private static IncomingNotice of(Object event) {
        String json = NoticeBatchTest.json(event);
        if (event instanceof se.bokvar.contracts.v1.TerminationNoticeReceivedV1 t) {
            return IncomingNotice.of(t, json);
        }
        if (event instanceof se.bokvar.contracts.v1.RectificationRequestReceivedV1 r) {
            return IncomingNotice.of(r, json);
        }
        return IncomingNotice.of((se.bokvar.contracts.v1.EarlyWarningReceivedV1) event, json);
    }

    /** Everything stored for the world's cases, in a fixed order, its ids and keys replaced by placeholders. */
    private static List<String> fingerprint(World world) {
        List<String> out = new ArrayList<>();
        Map<String, String> masks = new LinkedHashMap<>(world.masks());
        List<IncomingNotice> all = new ArrayList<>(world.before());
        all.addAll(world.run());
        for (IncomingNotice n : all) {
            masks.putIfAbsent(n.noticeId().toString(), "NOTICE" + masks.size());
            String caseId = CaseApi.sql("select case_id from case_notice where id = ?", n.noticeId()).get(0);
            masks.putIfAbsent(caseId, "CASE" + masks.size());
            CaseApi.sql("select id::text from case_task where case_id = ?::uuid", caseId)
                    .forEach(t -> masks.putIfAbsent(t, "TASK" + masks.size()));
            CaseApi.sql("select person_key from case_person where case_id = ?::uuid and person_key is not null", caseId)
                    .forEach(key -> masks.putIfAbsent(key, "PERSONKEY" + masks.size()));
        }
        for (IncomingNotice n : all) {
            String caseId = CaseApi.sql("select case_id from case_notice where id = ?", n.noticeId()).get(0);
            out.add("notice " + n.noticeId());
            out.addAll(CaseApi.sql("select (to_jsonb(c) - 'version')::text from household_case c where id = ?::uuid",
                    caseId));
            out.addAll(CaseApi.sql("select (to_jsonb(n) - 'registered_at' - 'sender_reference' - 'payload')::text"
                    + " from case_notice n where case_id = ?::uuid order by received_at, id", caseId));
            out.addAll(CaseApi.sql("select (to_jsonb(r) - 'recorded_at')::text from case_notice_revision r"
                    + " join case_notice n on n.id = r.notice_id where n.case_id = ?::uuid order by n.received_at, r.revision",
                    caseId));
            // people in the order of their placeholders (the personnummer's own order differs between the worlds)
            out.addAll(CaseApi.sql("select to_jsonb(p)::text from case_person p where case_id = ?::uuid", caseId).stream()
                    .map(line -> mask(line, masks)).sorted().toList());
            out.addAll(CaseApi.sql("select (to_jsonb(t) - 'created_at')::text from case_task t where case_id = ?::uuid"
                    + " order by kind", caseId));
            out.addAll(CaseApi.sql("select (to_jsonb(t) - 'seq' - case when kind = 'CHILDREN_AFFECTED' or kind like 'DEADLINE_%' then 'at' else '' end)::text"
                    + " from case_timeline t where case_id = ?::uuid order by seq", caseId));
            // deadlines in the order of their placeholders (a notice's id is a deadline's ref)
            out.addAll(CaseApi.sql("select (to_jsonb(d) - 'computed_at')::text from case_deadline d where case_id = ?::uuid",
                    caseId).stream().map(line -> mask(line, masks)).sorted().toList());
            out.addAll(CaseApi.sql("select (to_jsonb(a) - 'alert_id' - 'detected_at')::text from deadline_alert a"
                    + " where case_id = ?::uuid order by deadline, alert", caseId));
            out.addAll(CaseApi.sql("select event_type || ' ' || partition_key || ' ' || subject || ' '"
                    + " || (payload - 'registeredAt' - 'alertId' - 'detectedAt' - 'at' - 'personKeys')::text"
                    + " || coalesce(' person keys: ' || jsonb_array_length(payload -> 'personKeys'), '') from outbox_event"
                    + " where subject in (?, ?) order by seq", caseId, n.noticeId().toString()));
        }
        return out.stream().map(line -> mask(line, masks)).toList();
    }

    private static String mask(String line, Map<String, String> masks) {
        for (Map.Entry<String, String> m : masks.entrySet()) {
            line = line.replace(m.getKey(), m.getValue());
        }
        return line;
    }
}
