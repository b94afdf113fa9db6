package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.intake.store.extract.RegisterExtractStore;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.identity.PersonalIdentityNumbers;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

/** The intake's part of the register extract (docs/register-extract.md): supervisors only, audited, nothing left out. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class RegisterExtractTest {

    static final String PATH = "/api/v1/register-extracts";
    static final String SUPERVISOR = TestTokens.supervisor("sara", "nordost");
    static final String PURPOSE = "Begäran om registerutdrag, dnr 2026-1234";
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

    static ObjectNode tenant(String number, String name) {
        return Notices.MAPPER.createObjectNode().put("personalIdentityNumber", number).put("name", name);
    }

    static ValidatableResponse extract(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.toString()).post(PATH).then();
    }

    static ObjectNode request(String number, String purpose) {
        return Notices.MAPPER.createObjectNode().put("personalIdentityNumber", number).put("purpose", purpose);
    }

    long audits(String personKey) {
        return Notices.count("select count(*) from audit_record where action = 'register.extract' and resource_type = 'person'"
                + " and resource_ids = array[?]::text[] and purpose = ?", personKey, PURPOSE);
    }

    String personKey(String number) {
        return keys.personKey(PersonalIdentityNumber.parse(number, clock));
    }

    @Test
    void aPersonGetsEveryNoticeNamingThemWithOtherPeopleAndFreeTextFlagged() throws Exception {
        String maria = person();
        String olle = person();
        String landlord = Notices.newLandlord();
        // a termination with Maria alone, sent with her number in the 10-digit form and an Idempotency-Key
        String shortForm = maria.substring(2, 8) + "-" + maria.substring(8);
        ObjectNode termination = Notices.termination(Notices.reference());
        termination.putArray("tenants").add(tenant(shortForm, "Maria Exempelsson"));
        String first = given().auth().oauth2(Notices.token(landlord)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "extract-" + maria).body(termination.toString())
                .post(Notices.BASE + "termination-unpaid-rent").then().statusCode(201).extract().path("noticeId");
        // a request to rectify naming Olle first and Maria as co-tenant, then corrected
        String reference = Notices.reference();
        ObjectNode rectification = Notices.rectification(reference);
        rectification.putArray("tenants").add(tenant(olle, "Olle Grannsson")).add(tenant(maria, "Maria Exempelsson"));
        String second = Notices.postNew(landlord, "rectification-request", rectification);
        ObjectNode corrected = rectification.deepCopy().put("description", "Störningar nattetid, enligt grannen på våning 3.");
        Notices.post(landlord, second + "/corrections", AmendmentsTest.correction("Fel beskrivning av störningarna.",
                "rectification", corrected)).statusCode(201);
        // the termination withdrawn with a comment
        Notices.post(landlord, first + "/withdrawal", "{\"reason\":\"OTHER\",\"comment\":\"Hyresgästen har flyttat.\"}")
                .statusCode(201);
        // a notice of Olle's alone is not Maria's
        ObjectNode others = Notices.earlyWarning(Notices.reference());
        others.putArray("tenants").add(tenant(olle, "Olle Grannsson"));
        String third = Notices.postNew(landlord, "early-warning", others);
        long auditsBefore = audits(personKey(maria));

        String hyphenated = maria.substring(0, 8) + "-" + maria.substring(8);
        JsonNode answer = Notices.MAPPER.readTree(extract(SUPERVISOR, request(hyphenated, PURPOSE)).statusCode(200)
                .contentType(ContentType.JSON).extract().asString());

        assertThat(answer.path("service").asText()).isEqualTo("notice-intake-service");
        assertThat(answer.path("personalIdentityNumber").asText()).isEqualTo(maria);
        assertThat(Instant.parse(answer.path("generatedAt").asText())).isNotNull();
        assertThat(texts(answer.path("holds"))).containsExactly("NOTICE", "NOTICE_AMENDMENT", "IDEMPOTENT_ANSWER");
        JsonNode records = answer.path("records");
        List<String> kinds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode r : records) {
            kinds.add(r.path("kind").asText());
            ids.add(r.path("id").asText());
            Instant at = Instant.parse(r.path("at").asText());
            assertThat(at).as("oldest first").isAfterOrEqualTo(previous);
            previous = at;
        }
        assertThat(kinds).containsExactlyInAnyOrder("NOTICE", "NOTICE", "NOTICE_AMENDMENT", "NOTICE_AMENDMENT",
                "IDEMPOTENT_ANSWER");
        assertThat(ids).contains(first, second).doesNotContain(third);

        JsonNode termRecord = record(records, "NOTICE", first);
        assertThat(termRecord.at("/data/payload/tenants/0/personalIdentityNumber").asText()).isEqualTo(maria);
        assertThat(termRecord.at("/data/receipt/noticeId").asText()).isEqualTo(first);
        assertThat(termRecord.at("/data/status").asText()).isEqualTo("WITHDRAWN");
        assertThat(termRecord.at("/data/withdrawnAt").asText()).isNotBlank();
        assertThat(termRecord.path("review")).isEmpty();

        JsonNode rectRecord = record(records, "NOTICE", second);
        assertThat(rectRecord.at("/data/payload/tenants/0/name").asText()).isEqualTo("Olle Grannsson");
        assertThat(flags(rectRecord)).containsExactly("/payload/tenants/0 OTHER_PERSON",
                "/payload/description THIRD_PARTY_ACCOUNT");

        JsonNode correction = amendment(records, "CORRECTION");
        assertThat(correction.at("/data/noticeId").asText()).isEqualTo(second);
        assertThat(correction.at("/data/reason").asText()).isEqualTo("Fel beskrivning av störningarna.");
        assertThat(correction.at("/data/receipt/action").asText()).isEqualTo("CORRECTION");
        assertThat(flags(correction)).containsExactly("/payload/tenants/0 OTHER_PERSON", "/reason THIRD_PARTY_ACCOUNT",
                "/payload/description THIRD_PARTY_ACCOUNT");
        JsonNode withdrawal = amendment(records, "WITHDRAWAL");
        assertThat(withdrawal.at("/data/noticeId").asText()).isEqualTo(first);
        assertThat(withdrawal.at("/data/reason").asText()).isEqualTo("OTHER");
        assertThat(flags(withdrawal)).containsExactly("/comment THIRD_PARTY_ACCOUNT");

        JsonNode replay = records.get(kinds.indexOf("IDEMPOTENT_ANSWER"));
        assertThat(replay.at("/data/idempotencyKey").asText()).isEqualTo("extract-" + maria);
        assertThat(replay.at("/data/status").asInt()).isEqualTo(201);
        assertThat(replay.at("/data/response/noticeId").asText()).isEqualTo(first);

        // audited once, with the person key and the purpose, never the number
        String personKey = personKey(maria);
        assertThat(audits(personKey)).isEqualTo(auditsBefore + 1);
        assertThat(Notices.count("select count(*) from audit_record where actor_subject || coalesce(actor_username, '')"
                + " || array_to_string(resource_ids, ',') || coalesce(purpose, '') like ?", "%" + maria.substring(2) + "%"))
                .isZero();
        printQueryTime(maria);
    }

    @Test
    void aPersonWithNothingGetsNoRecordsAndTheKindsLookedIn() {
        String nobody = person();
        String personKey = personKey(nobody);
        long before = audits(personKey);
        extract(SUPERVISOR, request(nobody, PURPOSE)).statusCode(200)
                .body("records.size()", equalTo(0))
                .body("holds", equalTo(List.of("NOTICE", "NOTICE_AMENDMENT", "IDEMPOTENT_ANSWER")))
                .body("personalIdentityNumber", equalTo(nobody));
        assertThat(audits(personKey)).isEqualTo(before + 1);
    }

    @Test
    void onlySupervisorsMayAskAndBadRequestsAreNeitherReadNorAudited() {
        String someone = person();
        String personKey = personKey(someone);
        for (String token : List.of(Notices.token(Notices.newLandlord()), TestTokens.caseworker("anna", "nordost", "adult"),
                TestTokens.kronofogden(), TestTokens.auditor("olof"))) {
            extract(token, request(someone, PURPOSE)).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(request(someone, PURPOSE).toString()).post(PATH).then().statusCode(401);
        extract(SUPERVISOR, request("19850315-2385", PURPOSE)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("personalIdentityNumber"));
        extract(SUPERVISOR, request(someone, "kort")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("purpose"));
        extract(SUPERVISOR, request(someone, "x".repeat(501))).statusCode(400).body("errors.field", hasItem("purpose"));
        extract(SUPERVISOR, Notices.MAPPER.createObjectNode().put("purpose", PURPOSE)).statusCode(400)
                .body("errors.field", hasItem("personalIdentityNumber"));
        assertThat(Notices.count("select count(*) from audit_record where resource_ids = array[?]::text[]", personKey)).isZero();
        assertThat(Notices.count("select count(*) from audit_record where action = 'register.extract' and purpose = 'kort'"))
                .isZero();
    }

    /** The person-finding query on the test data (no index: a sequential scan), printed for the record. */
    private static void printQueryTime(String number) throws Exception {
        String forms = "'{" + number + "," + number.substring(2) + "}'::text[]";
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_intake"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("explain (analyze, format json) "
                        + RegisterExtractStore.NOTICES.replace("$1::text[]", forms))) {
            rs.next();
            JsonNode plan = Notices.MAPPER.readTree(rs.getString(1)).get(0);
            System.out.printf("[register extract] notices by person: %.1f ms over %d notices%n",
                    plan.path("Execution Time").asDouble(), Notices.count("select count(*) from notice"));
        }
    }

    static JsonNode record(JsonNode records, String kind, String id) {
        for (JsonNode r : records) {
            if (r.path("kind").asText().equals(kind) && r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " " + id);
    }

    static JsonNode amendment(JsonNode records, String action) {
        for (JsonNode r : records) {
            if (r.path("kind").asText().equals("NOTICE_AMENDMENT") && r.at("/data/action").asText().equals(action)) {
                return r;
            }
        }
        throw new AssertionError("no " + action);
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
