package se.bokvar.consent.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.MARIA;
import static se.bokvar.consent.Fixtures.writtenConsent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;
import se.bokvar.local.infra.ServiceDatabase;
import se.bokvar.testsupport.TestInfrastructure;

/** The runtime role appends to the consent history but can never rewrite or delete it; a trigger stops everyone else. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class AppendOnlyHistoryTest {

    @Test
    void historyCannotBeRewrittenOrDeleted() throws SQLException {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(writtenConsent(MARIA, LocalDate.now(ZoneId.of("Europe/Stockholm")).toString()))
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");

        ServiceDatabase db = TestInfrastructure.database("consent");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
                Statement s = c.createStatement()) {
            for (String sql : new String[] { "update consent_version set change = 'WITHDRAWN' where consent_id = '" + id + "'",
                    "delete from consent_version where consent_id = '" + id + "'", "truncate consent_version",
                    "update consent set legal_ground = 'OSL_26_9C' where id = '" + id + "'",
                    "delete from consent where id = '" + id + "'", "truncate consent cascade" }) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        // not even the superuser changes a row through an ordinary statement
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_consent"));
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("update consent_version set note = 'rewritten' where consent_id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from consent where id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("current.change", org.hamcrest.Matchers.equalTo("GIVEN"));
    }
}
