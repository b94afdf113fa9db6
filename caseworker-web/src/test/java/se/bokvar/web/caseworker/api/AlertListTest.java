package se.bokvar.web.caseworker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The alerts in the desk itself: Anna sees those mailed to her and to her unit's mailbox, never another board's; the
 * menu counts the new ones until she opens the list.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AlertListTest {

    @OidcWireMock
    WireMockServer server;

    @Inject
    Pool pool;

    void delivered(UUID caseId, String recipient, String kind, String deadline, String alert) {
        pool.preparedQuery("insert into alert_delivery (id, alert_id, recipient, recipient_kind, case_id, deadline, alert,"
                + " due_on, message_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID()).addString(recipient)
                        .addString(kind).addUUID(caseId).addString(deadline).addString(alert)
                        .addLocalDate(LocalDate.of(2026, 12, 11)).addString("<" + UUID.randomUUID() + "@bokvar>"))
                .await().indefinitely();
    }

    @Test
    void annaSeesHerAndHerUnitsAlertsAndTheBadgeClearsWhenSheLooks() {
        UUID unitCase = UUID.randomUUID();
        UUID herCase = UUID.randomUUID();
        UUID otherBoard = UUID.randomUUID();
        delivered(unitCase, "Nordost.Vuxen@demo.bokvar.invalid", "UNIT_MAILBOX", "RECOVERY_PERIOD", "NEAR");
        delivered(herCase, "anna@demo.bokvar.invalid", "CASEWORKER", "KFM_ACKNOWLEDGEMENT", "BREACHED");
        delivered(otherBoard, "hisingen.vuxen@demo.bokvar.invalid", "UNIT_MAILBOX", "EVICTION", "NEAR");
        delivered(otherBoard, "nordost.arbetsledning@demo.bokvar.invalid", "SUPERVISOR_MAILBOX", "EVICTION", "BREACHED");

        SignIn anna = DeskTest.anna(server);
        String start = anna.get("/").body().asString();
        assertThat(start).containsPattern("href=\"/aviseringar\">Aviseringar \\(\\d+ nya\\)</a>");

        Response list = anna.get("/aviseringar");
        assertThat(list.statusCode()).isEqualTo(200);
        String html = list.body().asString();
        assertThat(html).contains("<h1>Aviseringar</h1>")
                .contains("href=\"/arenden/" + unitCase + "\"").contains("Frist närmar sig: återvinningsfrist, fre 11 dec 2026")
                .contains("enhetens funktionsbrevlåda")
                .contains("href=\"/arenden/" + herCase + "\"").contains("Frist passerad: kvittens till Kronofogden")
                .contains(">dig<")
                .doesNotContain(otherBoard.toString());
        assertThat(list.getDetailedCookie(AlertResource.SEEN).isHttpOnly()).isTrue();

        // she has looked: the menu has nothing new until the next alert
        assertThat(anna.get("/inkorg").body().asString()).contains("href=\"/aviseringar\">Aviseringar</a>");
    }

    @Test
    void aSupervisorAlsoSeesTheSupervisorsMailboxAndAnAuditorHasNoList() {
        UUID breached = UUID.randomUUID();
        delivered(breached, "nordost.arbetsledning@demo.bokvar.invalid", "SUPERVISOR_MAILBOX", "PRE_ASSESSMENT", "BREACHED");
        SignIn sara = SignIn.as(server, "sara", "Sara Svensson", java.util.Set.of("supervisor"),
                java.util.Map.of("board", "nordost", "unit_type", "adult", "name", "Sara Svensson"));
        String html = sara.get("/aviseringar").body().asString();
        assertThat(html).contains("href=\"/arenden/" + breached + "\"").contains("arbetsledningen");

        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", java.util.Set.of("auditor"), java.util.Map.of());
        assertThat(olof.get("/aviseringar").statusCode()).isEqualTo(403);
        assertThat(olof.get("/").body().asString()).doesNotContain("/aviseringar");
    }
}
