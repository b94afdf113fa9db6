package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.response.Response;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.CloudEventAttributes;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

/** Notices as Kronofogden sends them, events as case-service publishes them, and looks into the adapter's tables. */
final class Fixtures {

    static final String KRONOFOGDEN = TestTokens.kronofogden();
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final CaseworkerV1 ANNA = new CaseworkerV1("anna", "Anna Handläggare", "031-365 10 01",
            "anna.handlaggare@socialtjanst.example", "Nordost, vuxenenheten");
    static final CaseworkerV1 DUTY = new CaseworkerV1("david", "David Jour", "031-365 10 99",
            "jour.nordost@socialtjanst.example", "Nordost, vuxenenheten (jour)");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {
    }

    /** A fresh, unique KFM case number. */
    static String kfmCaseNumber() {
        return "14-" + String.format("%06d", (int) (Math.random() * 1_000_000)) + "-" + COUNTER.incrementAndGet();
    }

    /** A notice body (a mutable map, so tests can change or remove fields). */
    static Map<String, Object> notice(String kfm, OffsetDateTime evictionAt) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("kfmCaseNumber", kfm);
        n.put("tenants", new ArrayList<>(List.of(Map.of("personalIdentityNumber", "19850315-2384", "name", "Maria Exempelsson"))));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Exempelgatan " + (COUNTER.incrementAndGet() % 90 + 1));
        address.put("postalCode", "415 02");
        address.put("city", "Göteborg");
        n.put("address", address);
        n.put("applicant", Map.of("name", "Hemma Bostäder AB", "organisationNumber", "556677-8899"));
        n.put("evictionAt", iso(evictionAt));
        n.put("kfmContact", Map.of("name", "Karl Kronofogde", "phone", "0771-73 73 00", "email", "karl@kronofogden.example"));
        n.put("childrenKnown", "UNKNOWN");
        return n;
    }

    /** RFC 3339 with seconds, as the contract's date-time wants (OffsetDateTime.toString() drops zero seconds). */
    static String iso(OffsetDateTime at) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    static Response post(Object body) {
        return given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(body).post("/api/v1/evictions");
    }

    /** Posts a notice and returns its receipt. */
    static Map<String, Object> received(Map<String, Object> notice) {
        return post(notice).then().statusCode(201).extract().jsonPath().getMap("");
    }

    static ResponsibleCaseworkerNamedV1 named(UUID caseId, String kfm, Map<String, Object> receipt, CaseworkerV1 caseworker,
            String basis, int sequence, OffsetDateTime evictionAt) {
        Instant receivedAt = OffsetDateTime.parse((String) receipt.get("receivedAt")).toInstant();
        return new ResponsibleCaseworkerNamedV1(caseId, kfm, UUID.fromString((String) receipt.get("noticeId")), receivedAt,
                LocalDate.parse((String) receipt.get("acknowledgementDueOn")), caseworker, basis, sequence, evictionAt,
                List.of(new PersonV1("198503152384", false, "Maria Exempelsson")),
                new AddressV1("Exempelgatan 1", "41502", "Göteborg", null));
    }

    /** Publishes an event as case-service would; returns its CloudEvent id. */
    static String publish(ResponsibleCaseworkerNamedV1 named) {
        String id = UUID.randomUUID().toString();
        publish(id, named);
        return id;
    }

    static void publish(String eventId, ResponsibleCaseworkerNamedV1 named) {
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), named.caseId().toString(), eventId,
                CaseEvents.RESPONSIBLE_CASEWORKER_NAMED.type(), named.caseId().toString(), write(named));
    }

    static void publish(PostponementRequestedV1 requested) {
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), requested.caseId().toString(), UUID.randomUUID().toString(),
                CaseEvents.POSTPONEMENT_REQUESTED.type(), requested.caseId().toString(), write(requested));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an event's JSON data has {@code field} equal to {@code value} (the relay's JSON has spaces after colons). */
    static Predicate<String> field(String field, String value) {
        return json -> {
            try {
                return value.equals(JSON.readTree(json).path(field).asText());
            } catch (JsonProcessingException e) {
                return false;
            }
        };
    }

    /** Records on a topic of the given CloudEvent type whose subject and value match. */
    static List<ConsumerRecord<String, String>> events(String topic, String type, String subject, Predicate<String> value,
            int count, Duration timeout) {
        return KafkaTestClient.await(topic, r -> type.equals(KafkaTestClient.header(r, CloudEventAttributes.TYPE))
                && subject.equals(KafkaTestClient.header(r, CloudEventAttributes.SUBJECT)) && value.test(r.value()), count, timeout);
    }

    /** One row of a query on the adapter's database (as the superuser), column label to value. */
    static List<Map<String, Object>> query(String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl(
                TestInfrastructure.database("kronofogden").database()));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        boolean timestamptz = "timestamptz".equals(rs.getMetaData().getColumnTypeName(i));
                        row.put(rs.getMetaData().getColumnLabel(i), timestamptz ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static void execute(String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl(
                TestInfrastructure.database("kronofogden").database()));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
