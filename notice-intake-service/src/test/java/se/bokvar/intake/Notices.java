package se.bokvar.intake;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

/** Notice bodies, tokens and database look-ups for the intake tests. */
final class Notices {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String BASE = "/api/v1/notices/";
    static final String VALID_PNR = "19850315-2384";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Notices() {
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    }

    /** A landlord of its own, so counts in one test are not disturbed by others. */
    static String newLandlord() {
        return "test-landlord-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String token(String landlordId) {
        return TestTokens.landlord(landlordId);
    }

    static String reference() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13) + "-" + SEQ.incrementAndGet();
    }

    static ObjectNode termination(String reference) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("tenure", "RENTAL");
        n.put("landlordReference", reference);
        ArrayNode tenants = n.putArray("tenants");
        tenants.addObject().put("personalIdentityNumber", VALID_PNR).put("name", "Maria Exempelsson");
        ObjectNode address = n.putObject("address");
        address.put("street", "Exempelgatan 12").put("postalCode", "415 02").put("city", "Göteborg").put("flatNumber", "1102");
        n.put("rooms", 2);
        n.put("areaSquareMetres", 58);
        n.put("leaseType", "förstahandskontrakt");
        n.put("monthlyRent", 7850);
        n.put("debtAmount", 15700);
        n.put("monthsInArrears", 2);
        n.put("servedOn", today());
        n.put("childrenKnown", "UNKNOWN");
        n.putObject("contactPerson").put("name", "Karin Förvaltare").put("phone", "031-123 45 67").put("email", "karin@hemma.example");
        return n;
    }

    static ObjectNode rectification(String reference) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("tenure", "RENTAL");
        n.put("landlordReference", reference);
        n.putArray("tenants").addObject().put("personalIdentityNumber", VALID_PNR).put("name", "Maria Exempelsson");
        n.putObject("address").put("street", "Exempelgatan 12").put("postalCode", "41502").put("city", "Göteborg").put("flatNumber", "1102");
        n.put("kind", "DISTURBANCE");
        n.put("description", "Upprepade störningar nattetid.");
        n.putArray("incidentDates").add(today());
        n.put("requestServedOn", today());
        n.put("childrenKnown", "NO");
        n.putObject("contactPerson").put("name", "Karin Förvaltare");
        return n;
    }

    static ObjectNode earlyWarning(String reference) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("tenure", "RENTAL");
        n.put("landlordReference", reference);
        n.putArray("tenants").addObject().put("personalIdentityNumber", VALID_PNR).put("name", "Maria Exempelsson");
        n.putObject("address").put("street", "Exempelgatan 12").put("postalCode", "41502").put("city", "Göteborg").put("flatNumber", "1102");
        n.putArray("reasons").add("LATE_PAYMENTS").add("CONCERN_FOR_CHILDREN");
        n.put("description", "Sena betalningar.");
        n.put("debtAmount", 7850);
        n.put("childrenKnown", "YES");
        n.putObject("contactPerson").put("name", "Karin Förvaltare");
        return n;
    }

    static ValidatableResponse post(String landlordId, String path, Object body) {
        return given().auth().oauth2(token(landlordId)).contentType(ContentType.JSON).body(body.toString())
                .when().post(path.startsWith("/") ? path : BASE + path).then();
    }

    static String postNew(String landlordId, String path, Object body) {
        return post(landlordId, path, body).statusCode(201).extract().path("noticeId");
    }

    static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_intake"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_intake"));
                var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows a landlord has: notices, and outbox events that mention it. */
    static long notices(String landlordId) {
        return count("select count(*) from notice where landlord_id = ?", landlordId);
    }

    static long outboxRows(String landlordId) {
        return count("select count(*) from outbox_event where payload ->> 'landlordId' = ?", landlordId);
    }
}
