package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.kronofogden.Fixtures.ANNA;
import static se.bokvar.kronofogden.Fixtures.KRONOFOGDEN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.identity.PersonalIdentityNumbers;
import se.bokvar.testsupport.TestTokens;

/**
 * The adapter's part of the register extract (docs/register-extract.md): supervisors only, audited, nothing left out.
 */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class RegisterExtractTest {

    static final String PATH = "/api/v1/register-extracts";
    static final String PURPOSE = "Begäran om registerutdrag, dnr 2026-1234";
    static final String SUPERVISOR = TestTokens.supervisor("sara", "nordost");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Random RANDOM = new Random();

    @Inject
    TenancyKeys keys;

    @Inject
    Clock clock;

    /** A person no other test names (12 digits, canonical). */
    static String person() {
        return PersonalIdentityNumbers.of(LocalDate.of(1940 + RANDOM.nextInt(40), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)),
                1 + RANDOM.nextInt(979));
    }

    static ValidatableResponse extract(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    static Map<String, Object> request(String number, String purpose) {
        return Map.of("personalIdentityNumber", number, "purpose", purpose);
    }

    String personKey(String number) {
        return keys.personKey(PersonalIdentityNumber.parse(number, clock));
    }

    static long audits(String personKey) throws Exception {
        return (Long) Fixtures.query("select count(*) as n from audit_record where action = 'register.extract'"
                + " and resource_type = 'person' and resource_ids = array[?]::text[] and purpose = ?", personKey, PURPOSE)
                .get(0).get("n");
    }

    static OffsetDateTime inAWeek() {
        return OffsetDateTime.now(STOCKHOLM).plusDays(7).withHour(9).truncatedTo(ChronoUnit.HOURS);
    }

    static void awaitDeliveries(String kfm, int count) {
        await().atMost(WAIT).until(() -> Fixtures.query("select id from delivery where kfm_case_number = ?"
                + " and status = 'CONFIRMED'", kfm).size() >= count);
    }

    @Test
    void aPersonGetsTheirEvictionWithItsUpdatesDeliveriesAndPostponementAndOthersFlagged() throws Exception {
        String maria = person();
        String olle = person();
        // Kronofogden's notice names Olle first and Maria as co-tenant (her number with a hyphen, as sent)
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = inAWeek();
        Map<String, Object> notice = Fixtures.notice(kfm, evictionAt);
        notice.put("tenants", List.of(Map.of("personalIdentityNumber", olle, "name", "Olle Grannsson"),
                Map.of("personalIdentityNumber", maria.substring(0, 8) + "-" + maria.substring(8), "name", "Maria Exempelsson")));
        Map<String, Object> receipt = Fixtures.received(notice);
        // an update with Kronofogden's comment
        given().auth().oauth2(KRONOFOGDEN).contentType(ContentType.JSON)
                .body(ContractSchemas.example("eviction-update")
                        .replace("2026-12-17T09:00:00+01:00", Fixtures.iso(evictionAt.plusDays(14)))
                        .replace("UPD-2026-000481", "UPD-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/evictions/" + kfm + "/updates").then().statusCode(201);
        // the caseworker named: the acknowledgement and one letter to each tenant
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        awaitDeliveries(kfm, 3);
        // a postponement request with the caseworker's motivation, answered by Kronofogden with a comment
        UUID requestId = UUID.randomUUID();
        Fixtures.publish(new PostponementRequestedV1(requestId, caseId, kfm, "NEW_HOME_SOON",
                "Hushållet har fått ett förstahandskontrakt; grannen har lovat att hjälpa till.", ANNA, Instant.now()));
        PostponementTest.answered(caseId, "SENT");
        given().auth().oauth2(KRONOFOGDEN).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "newEvictionAt", Fixtures.iso(evictionAt.plusDays(28)),
                        "comment", "Anstånd beviljas en månad.", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM).withNano(0))))
                .post("/api/v1/postponement-requests/" + requestId + "/answer").then().statusCode(200);
        // a case whose notice the adapter never got, where case-service named Maria: her letter is hers
        String lettered = Fixtures.kfmCaseNumber();
        Fixtures.publish(new ResponsibleCaseworkerNamedV1(UUID.randomUUID(), lettered, UUID.randomUUID(), Instant.now(),
                LocalDate.now(STOCKHOLM), ANNA, "ASSIGNED", 1, evictionAt,
                List.of(new PersonV1(maria, false, "Maria Exempelsson")), new AddressV1("Exempelgatan 1", "41502", "Göteborg", null)));
        awaitDeliveries(lettered, 2);
        // Olle's own eviction is not Maria's
        String others = Fixtures.kfmCaseNumber();
        Map<String, Object> olles = Fixtures.notice(others, evictionAt);
        olles.put("tenants", List.of(Map.of("personalIdentityNumber", olle, "name", "Olle Grannsson")));
        Fixtures.received(olles);
        String personKey = personKey(maria);
        long auditsBefore = audits(personKey);

        String shortForm = maria.substring(2, 8) + "-" + maria.substring(8);
        JsonNode answer = ContractSchemas.MAPPER.readTree(extract(SUPERVISOR, request(shortForm, PURPOSE)).statusCode(200)
                .contentType(ContentType.JSON).extract().asString());

        assertThat(answer.path("service").asText()).isEqualTo("kronofogden-adapter");
        assertThat(answer.path("personalIdentityNumber").asText()).isEqualTo(maria);
        assertThat(texts(answer.path("holds"))).containsExactly("EVICTION_NOTICE", "EVICTION_UPDATE", "DELIVERY",
                "POSTPONEMENT_REQUEST");
        JsonNode records = answer.path("records");
        Instant previous = Instant.MIN;
        List<String> kinds = new ArrayList<>();
        for (JsonNode r : records) {
            kinds.add(r.path("kind").asText());
            Instant at = Instant.parse(r.path("at").asText());
            assertThat(at).as("oldest first").isAfterOrEqualTo(previous);
            previous = at;
            assertThat(r.path("data").toString()).doesNotContain(others);
        }
        assertThat(kinds).containsExactlyInAnyOrder("EVICTION_NOTICE", "EVICTION_UPDATE", "DELIVERY", "DELIVERY", "DELIVERY",
                "DELIVERY", "DELIVERY", "DELIVERY", "POSTPONEMENT_REQUEST");

        JsonNode eviction = one(records, "EVICTION_NOTICE", null);
        assertThat(eviction.at("/data/kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(eviction.at("/data/notice/tenants/1/personalIdentityNumber").asText()).isEqualTo(maria);
        assertThat(flags(eviction)).containsExactly("/notice/tenants/0 OTHER_PERSON");
        assertThat(flags(one(records, "EVICTION_UPDATE", null))).containsExactly("/comment THIRD_PARTY_ACCOUNT");

        JsonNode ack = delivery(records, kfm, "ACKNOWLEDGEMENT", null);
        assertThat(ack.at("/data/payload/responsibleCaseworker/name").asText()).isEqualTo("Anna Handläggare");
        assertThat(ack.at("/data/status").asText()).isEqualTo("CONFIRMED");
        assertThat(ack.at("/data/deliveryAttempts/0/outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(flags(ack)).isEmpty();
        assertThat(flags(delivery(records, kfm, "TENANT_LETTER", olle)))
                .containsExactly("/payload/recipient OTHER_PERSON", "/payload/content OTHER_PERSON");
        JsonNode hers = delivery(records, kfm, "TENANT_LETTER", maria);
        assertThat(hers.at("/data/payload/content").asText()).contains("Maria Exempelsson");
        assertThat(flags(hers)).isEmpty();
        assertThat(flags(delivery(records, kfm, "POSTPONEMENT_REQUEST", null)))
                .containsExactly("/payload/motivation THIRD_PARTY_ACCOUNT");
        assertThat(flags(delivery(records, lettered, "TENANT_LETTER", maria))).isEmpty();
        delivery(records, lettered, "ACKNOWLEDGEMENT", null);
        JsonNode postponement = one(records, "POSTPONEMENT_REQUEST", null);
        assertThat(postponement.at("/data/outcome").asText()).isEqualTo("GRANTED");
        assertThat(flags(postponement)).containsExactly("/answerComment THIRD_PARTY_ACCOUNT");

        // audited once, with the person key and the purpose, never the number
        assertThat(audits(personKey)).isEqualTo(auditsBefore + 1);
        assertThat(Fixtures.query("select id from audit_record where actor_subject || coalesce(actor_username, '')"
                + " || array_to_string(resource_ids, ',') || coalesce(purpose, '') like ?", "%" + maria.substring(2) + "%")).isEmpty();
    }

    @Test
    void aPersonWithNothingGetsNoRecordsAndTheKindsLookedIn() throws Exception {
        String nobody = person();
        String personKey = personKey(nobody);
        long before = audits(personKey);
        extract(SUPERVISOR, request(nobody, PURPOSE)).statusCode(200)
                .body("records.size()", equalTo(0))
                .body("holds", equalTo(List.of("EVICTION_NOTICE", "EVICTION_UPDATE", "DELIVERY", "POSTPONEMENT_REQUEST")))
                .body("personalIdentityNumber", equalTo(nobody));
        assertThat(audits(personKey)).isEqualTo(before + 1);
    }

    @Test
    void onlySupervisorsMayAskAndBadRequestsAreNeitherReadNorAudited() throws Exception {
        String someone = person();
        for (String token : List.of(KRONOFOGDEN, TestTokens.caseworker("anna", "nordost", "adult"),
                TestTokens.landlord("hemma-bostader"), TestTokens.auditor("olof"))) {
            extract(token, request(someone, PURPOSE)).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(request(someone, PURPOSE)).post(PATH).then().statusCode(401);
        extract(SUPERVISOR, request("19850315-2385", PURPOSE)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("personalIdentityNumber"));
        extract(SUPERVISOR, request(someone, "kort")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("purpose"));
        extract(SUPERVISOR, Map.of("purpose", PURPOSE)).statusCode(400).body("errors.field", hasItem("personalIdentityNumber"));
        assertThat(Fixtures.query("select id from audit_record where resource_ids = array[?]::text[]", personKey(someone)))
                .isEmpty();
    }

    static JsonNode one(JsonNode records, String kind, String kfm) {
        for (JsonNode r : records) {
            if (r.path("kind").asText().equals(kind) && (kfm == null || r.at("/data/kfmCaseNumber").asText().equals(kfm))) {
                return r;
            }
        }
        throw new AssertionError("no " + kind);
    }

    /** The delivery of a kind for a KFM case (a letter: to {@code recipient}). */
    static JsonNode delivery(JsonNode records, String kfm, String kind, String recipient) {
        for (JsonNode r : records) {
            if (r.path("kind").asText().equals("DELIVERY") && r.at("/data/kfmCaseNumber").asText().equals(kfm)
                    && r.at("/data/kind").asText().equals(kind) && (recipient == null
                            || r.at("/data/payload/recipient/personalIdentityNumber").asText().equals(recipient))) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " delivery for " + kfm);
    }

    static List<String> flags(JsonNode record) {
        List<String> out = new ArrayList<>();
        record.path("review").forEach(f -> out.add(f.path("path").asText() + " " + f.path("reason").asText()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
