package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** One case per household (docs/cases.md): co-tenants, escalation, Kronofogden notices without a flat number. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class HouseholdTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /**
     * Registration must not cost more with every notice already on the case (docs/benchmarks.md, issue 14): the
     * deadlines are recomputed from the facts, but only new and changed rows are written. PostgreSQL's xmin tells
     * whether a row was rewritten.
     */
    @Test
    void aFurtherNoticeWritesOnlyTheDeadlinesItChangesNotEveryDeadlineOfTheCase() {
        Place flat = Place.fresh("41502", "1104");
        String tenant = Pins.next();
        List<TerminationNoticeReceivedV1> notices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // served on different days, and some not known (provisional periods)
            LocalDate servedOn = i % 3 == 0 ? null : LocalDate.now().minusDays(i);
            notices.add(TestEvents.termination(flat, servedOn, NOW.minusSeconds(600 - i), ChildrenKnownV1.NO, tenant));
        }
        notices.forEach(TestEvents::publish);
        String caseId = caseIdOf(ANNA, notices.get(notices.size() - 1).noticeId());
        for (TerminationNoticeReceivedV1 n : notices) {
            assertThat(caseIdOf(ANNA, n.noticeId())).isEqualTo(caseId);
        }
        Map<String, String> before = deadlineVersions(caseId);
        assertThat(before).hasSize(13); // the pre-assessment and one recovery period per termination

        TerminationNoticeReceivedV1 further = TestEvents.termination(flat, LocalDate.now(), NOW, ChildrenKnownV1.NO, tenant);
        TestEvents.publish(further);
        assertThat(caseIdOf(ANNA, further.noticeId())).isEqualTo(caseId);
        Map<String, String> after = deadlineVersions(caseId);
        assertThat(after).hasSize(14).containsAllEntriesOf(before)
                .containsKey("RECOVERY_PERIOD:" + further.noticeId());

        // a correction giving the served date of a notice that lacked it (a provisional period) rewrites that
        // period's row and no other
        TerminationNoticeReceivedV1 corrected = notices.get(3);
        TestEvents.publish(TestEvents.correction(TestEvents.withDebt(corrected, "9876", LocalDate.now().minusDays(1)),
                NOW.plusSeconds(30)));
        String key = "RECOVERY_PERIOD:" + corrected.noticeId();
        CaseApi.awaitCase(ANNA, caseId, c -> c.getList("notices.revision").contains(2));
        Map<String, String> corrected2 = deadlineVersions(caseId);
        assertThat(corrected2.get(key)).isNotEqualTo(after.get(key));
        Map<String, String> others = new TreeMap<>(after);
        others.remove(key);
        assertThat(corrected2).containsAllEntriesOf(others);
    }

    /** kind:ref -> the row's xmin (the transaction that last wrote it). */
    private static Map<String, String> deadlineVersions(String caseId) {
        Map<String, String> out = new TreeMap<>();
        for (String row : CaseApi.sql("select kind || ':' || ref || '=' || xmin::text from case_deadline where case_id = ?",
                java.util.UUID.fromString(caseId))) {
            int eq = row.lastIndexOf('=');
            out.put(row.substring(0, eq), row.substring(eq + 1));
        }
        return out;
    }

    @Test
    void coTenantsAndEveryNoticeOfTheTenancyShareOneCaseWhichEscalates() {
        Place flat = Place.fresh("41502", "1102");
        String a = Pins.next();
        String b = Pins.next();
        EarlyWarningReceivedV1 warning = TestEvents.earlyWarning(flat, NOW.minusSeconds(3600), ChildrenKnownV1.UNKNOWN, a, b);
        TestEvents.publish(warning);
        String caseId = caseIdOf(ANNA, warning.noticeId());
        assertThat(CaseApi.read(ANNA, caseId).getString("escalation")).isEqualTo("EARLY_WARNING");

        // a request to rectify naming only one co-tenant, same flat: same case, escalated
        RectificationRequestReceivedV1 rectification = TestEvents.rectification(flat, NOW.minusSeconds(1800),
                ChildrenKnownV1.NO, b);
        TestEvents.publish(rectification);
        assertThat(caseIdOf(ANNA, rectification.noticeId())).isEqualTo(caseId);

        // then a termination: same case, escalated again
        TerminationNoticeReceivedV1 termination = TestEvents.termination(flat, null, NOW, ChildrenKnownV1.NO, a, b);
        TestEvents.publish(termination);
        assertThat(caseIdOf(ANNA, termination.noticeId())).isEqualTo(caseId);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("escalation", equalTo("TERMINATION_UNPAID_RENT"))
                .body("notices.kind", containsInAnyOrder("EARLY_WARNING", "RECTIFICATION_REQUEST", "TERMINATION_UNPAID_RENT"))
                .body("household.personalIdentityNumber", containsInAnyOrder(a, b))
                .body("noticesWithoutPosition", equalTo(3))
                .body("childrenKnown", equalTo("NO"));

        // another flat in the same building is another household
        TerminationNoticeReceivedV1 neighbour = TestEvents.termination(flat.flat("1103"), null, NOW, ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(neighbour);
        assertThat(caseIdOf(ANNA, neighbour.noticeId())).isNotEqualTo(caseId);
    }

    @Test
    void aKronofogdenNoticeWithoutAFlatNumberJoinsTheHouseholdByBuildingAndASharedTenant() {
        Place flat = Place.fresh("41502", "0901");
        String tenant = Pins.next();
        String coTenant = Pins.next();
        TerminationNoticeReceivedV1 termination = TestEvents.termination(flat, LocalDate.now(), NOW, ChildrenKnownV1.NO,
                tenant, coTenant);
        TestEvents.publish(termination);
        String caseId = caseIdOf(ANNA, termination.noticeId());

        OffsetDateTime evictionAt = OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS);
        EvictionNoticeReceivedV1 kfm = TestEvents.eviction("KFM-" + System.nanoTime(), flat.flat(null), NOW,
                evictionAt, ChildrenKnownV1.UNKNOWN, coTenant);
        TestEvents.publish(kfm);
        assertThat(caseIdOf(ANNA, kfm.noticeId())).isEqualTo(caseId);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getString("escalation")).isEqualTo("EVICTION");
        assertThat(c.getBoolean("urgent")).isTrue();
        assertThat(c.getString("address.flatNumber")).isEqualTo("0901");
        assertThat(c.getList("evictions.kfmCaseNumber")).containsExactly(kfm.kfmCaseNumber());

        // the same building, no flat number, but nobody in common: another household, an urgent case of its own
        EvictionNoticeReceivedV1 other = TestEvents.eviction("KFM-" + System.nanoTime(), flat.flat(null), NOW, evictionAt,
                ChildrenKnownV1.UNKNOWN, Pins.next());
        TestEvents.publish(other);
        String otherCase = caseIdOf(ANNA, other.noticeId());
        assertThat(otherCase).isNotEqualTo(caseId);
        // and a third household there, also without a flat number: a third case (no clash on the tenancy key)
        EvictionNoticeReceivedV1 third = TestEvents.eviction("KFM-" + System.nanoTime(), flat.flat(null), NOW, evictionAt,
                ChildrenKnownV1.UNKNOWN, Pins.next());
        TestEvents.publish(third);
        assertThat(caseIdOf(ANNA, third.noticeId())).isNotIn(caseId, otherCase);
        JsonPath urgent = CaseApi.read(ANNA, otherCase);
        assertThat(urgent.getBoolean("urgent")).isTrue();
        assertThat(urgent.getString("address.flatNumber")).isNull();
    }

    @Test
    void aLandlordNoticeWithTheFlatNumberJoinsAKronofogdenCaseThatLackedIt() {
        Place building = Place.fresh("41502", null);
        String tenant = Pins.next();
        EvictionNoticeReceivedV1 kfm = TestEvents.eviction("KFM-" + System.nanoTime(), building, NOW,
                OffsetDateTime.now().plusDays(6), ChildrenKnownV1.NO, tenant);
        TestEvents.publish(kfm);
        String caseId = caseIdOf(ANNA, kfm.noticeId());
        TerminationNoticeReceivedV1 termination = TestEvents.termination(building.flat("1201"), null, NOW,
                ChildrenKnownV1.NO, tenant);
        TestEvents.publish(termination);
        assertThat(caseIdOf(ANNA, termination.noticeId())).isEqualTo(caseId);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getString("address.flatNumber")).isEqualTo("1201");
        assertThat(c.getString("escalation")).isEqualTo("EVICTION");
        // and from then on the tenancy key finds it, whoever is named
        EarlyWarningReceivedV1 later = TestEvents.earlyWarning(building.flat("1201"), NOW, ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(later);
        assertThat(caseIdOf(ANNA, later.noticeId())).isEqualTo(caseId);
    }
}
