package se.bokvar.consent;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.CaseAccessChangedV1;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.ServiceTestResource;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

/** Tokens, persons and case announcements for the consent-service tests. */
public final class Fixtures {

    public static final String ANNA = TestTokens.caseworker("anna", "nordost", "adult");
    public static final String BENGT = TestTokens.caseworker("bengt", "hisingen", "adult");
    public static final String CECILIA = TestTokens.caseworker("cecilia", "nordost", "children");
    public static final String SARA = TestTokens.supervisor("sara", "nordost");
    public static final String HISINGEN_BOSS = TestTokens.supervisor("hans", "hisingen");
    public static final String OLOF = TestTokens.auditor("olof");
    public static final String LANDLORD = TestTokens.landlord("hemma-bostader");
    public static final String KRONOFOGDEN = TestTokens.kronofogden();

    /** Maria, the tenant of the walkthrough. */
    public static final String MARIA = "19850315-2384";

    public static final TenancyKeys KEYS = new TenancyKeys(ServiceTestResource.TEST_TENANCY_SECRET.getBytes(StandardCharsets.UTF_8));

    private static final AtomicLong BIRTH = new AtomicLong(100);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Fixtures() {
    }

    /** A fresh, valid, fictitious personnummer (born 1990-01-01, birth numbers 100..999). */
    public static String newPerson() {
        long n = BIRTH.getAndIncrement();
        String nine = "900101" + String.format("%03d", n);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "19" + nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    public static String personKey(String pin) {
        return KEYS.personKey(PersonalIdentityNumber.parse(pin, Clock.systemUTC()));
    }

    /** Announces a case's access as case-service would, and waits until consent-service has applied it. */
    public static void announce(UUID caseId, String board, boolean children, long sequence, String... persons) {
        publish(UUID.randomUUID().toString(), caseId, board, children, sequence, persons);
        awaitSequence(caseId, sequence);
    }

    public static void publish(String eventId, UUID caseId, String board, boolean children, long sequence, String... persons) {
        CaseAccessChangedV1 event = new CaseAccessChangedV1(caseId, board, children, "OPENED",
                Arrays.stream(persons).map(Fixtures::personKey).toList(), sequence, Instant.now());
        try {
            KafkaTestClient.publish(Topics.CASE_EVENTS.name(), caseId.toString(), eventId, CaseEvents.ACCESS_CHANGED.type(),
                    caseId.toString(), MAPPER.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new case of Nordost's adult unit with Maria and one more person. */
    public static UUID nordostCase(String... persons) {
        UUID caseId = UUID.randomUUID();
        announce(caseId, "nordost", false, 1, persons.length == 0 ? new String[] { MARIA } : persons);
        return caseId;
    }

    public static void awaitSequence(UUID caseId, long sequence) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> sequenceOf(caseId) >= sequence);
    }

    public static long sequenceOf(UUID caseId) throws SQLException {
        Long s = single("select sequence from case_access where case_id = ?", caseId);
        return s == null ? -1 : s;
    }

    @SuppressWarnings("unchecked")
    public static <T> T single(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_consent"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (T) rs.getObject(1) : null;
            }
        }
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_consent"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /** A written consent to tell Hemma and budget counselling about planned support and the payment commitment. */
    public static String writtenConsent(String pin, String givenOn) {
        return """
                {
                  "personalIdentityNumber": "%s",
                  "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                               { "kind": "BUDGET_DEBT_COUNSELLING" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "WRITTEN",
                  "givenOn": "%s",
                  "signedFormReference": "TRESERVA-0042"
                }""".formatted(pin, givenOn);
    }

    public static String decision(UUID caseId, String pin, String partyKind, String partyId, String purpose, String category) {
        return """
                { "caseId": "%s", "personalIdentityNumber": "%s", "party": { "kind": "%s"%s },
                  "purpose": "%s", "category": "%s" }""".formatted(caseId, pin, partyKind,
                partyId == null ? "" : ", \"id\": \"" + partyId + "\"", purpose, category);
    }
}
