package se.bokvar.web.caseworker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
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

    /**
     * Deliveries other test classes made through the real mail path carry the database's real time, which is after
     * the test's fixed now: to these tests they would be alerts that came after every look. Those classes are done
     * when this one runs (test classes run one after another), so their rows go.
     */
    @BeforeEach
    void forgetDeliveriesFromAfterTheTestsNow() throws java.sql.SQLException {
        // as the superuser: the desk's own role may not delete deliveries
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                se.bokvar.testsupport.TestInfrastructure.superuserJdbcUrl("bokvar_web"));
                java.sql.PreparedStatement ps = c.prepareStatement("delete from alert_delivery where created_at > ?")) {
            ps.setObject(1, java.time.OffsetDateTime.ofInstant(FixedClock.NOW, java.time.ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /**
     * A delivery recorded a minute before the test's now ({@link FixedClock#NOW}; not the database's clock, which
     * runs on: the list and the badge compare the time of a delivery with the test's clock).
     */
    void delivered(UUID caseId, String recipient, String kind, String deadline, String alert) {
        pool.preparedQuery("insert into alert_delivery (id, alert_id, recipient, recipient_kind, case_id, deadline, alert,"
                + " due_on, message_id, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID()).addString(recipient)
                        .addString(kind).addUUID(caseId).addString(deadline).addString(alert)
                        .addLocalDate(LocalDate.of(2026, 12, 11)).addString("<" + UUID.randomUUID() + "@bokvar>")
                        .addOffsetDateTime(java.time.OffsetDateTime.ofInstant(FixedClock.NOW.minusSeconds(60),
                                java.time.ZoneOffset.UTC)))
                .await().indefinitely();
    }

    /** A delivery recorded at {@code at} (the test clock stands still at {@link FixedClock#NOW}). */
    void deliveredAt(java.time.Instant at, String recipient, String kind) {
        pool.preparedQuery("insert into alert_delivery (id, alert_id, recipient, recipient_kind, case_id, deadline, alert,"
                + " due_on, message_id, created_at) values ($1, $2, $3, $4, $5, 'RECOVERY_PERIOD', 'NEAR', $6, $7, $8)")
                .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID()).addString(recipient)
                        .addString(kind).addUUID(UUID.randomUUID()).addLocalDate(LocalDate.of(2026, 12, 11))
                        .addString("<" + UUID.randomUUID() + "@bokvar>")
                        .addOffsetDateTime(java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)))
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
        assertThat(start).containsPattern("href=\"/aviseringar\"><span hx-get=\"[^\"]+\"[^>]*>Aviseringar \\(\\d+ nya\\)</span></a>");

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
        assertThat(anna.get("/inkorg").body().asString()).containsPattern("href=\"/aviseringar\"><span [^>]*>Aviseringar</span></a>");
        // and on the list itself the link is plain, with no badge asking for itself
        assertThat(html).contains("href=\"/aviseringar\" aria-current=\"page\">Aviseringar</a>")
                .doesNotContain("/aviseringar/antal");
    }

    @Test
    void theBadgeUpdatesItselfTellsAScreenReaderWhatCameAndStopsAfterTenMinutes() {
        SignIn cecilia = SignIn.as(server, "cecilia", "Cecilia Carlsson", java.util.Set.of("caseworker"),
                java.util.Map.of("board", "nordost", "unit_type", "children", "name", "Cecilia Carlsson"));
        cecilia.get("/aviseringar");
        String start = cecilia.get("/").body().asString();
        long loaded = FixedClock.NOW.getEpochSecond();
        assertThat(start).contains("<span hx-get=\"/aviseringar/antal?visade=0&amp;laddad=" + loaded
                + "\" hx-trigger=\"every 3s\" hx-swap=\"outerHTML\"").contains(">Aviseringar</span></a>")
                .contains("<span id=\"aviseringar-status\" class=\"visually-hidden\" role=\"status\"></span>")
                .contains("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer>");

        Response nothing = cecilia.get("/aviseringar/antal?visade=0&laddad=" + loaded);
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body().asString()).contains(">Aviseringar</span>")
                .contains("<span id=\"aviseringar-status\" hx-swap-oob=\"innerHTML\"></span>")
                .doesNotContain("<html");

        // two alerts, to her and to her unit's mailbox, come after she last looked
        deliveredAt(FixedClock.NOW.minusSeconds(30), "nordost.barnochunga@demo.bokvar.invalid", "UNIT_MAILBOX");
        deliveredAt(FixedClock.NOW.minusSeconds(20), "cecilia@demo.bokvar.invalid", "CASEWORKER");
        cecilia.cookies.put(AlertResource.SEEN, Long.toString(loaded - 60));
        String one = cecilia.get("/aviseringar/antal?visade=0&laddad=" + loaded).body().asString();
        assertThat(one).contains("hx-get=\"/aviseringar/antal?visade=2&amp;laddad=" + loaded + "\"")
                .contains(">Aviseringar (2 nya)</span>")
                .contains("<span id=\"aviseringar-status\" hx-swap-oob=\"innerHTML\">2 nya aviseringar</span>");
        assertThat(cecilia.get("/aviseringar/antal?visade=2&laddad=" + loaded).body().asString())
                .contains("<span id=\"aviseringar-status\" hx-swap-oob=\"innerHTML\"></span>");

        // ten minutes after the page was loaded: 286, the count the page showed, no more asking
        Response stopped = cecilia.get("/aviseringar/antal?visade=1&laddad=" + (loaded - 11 * 60));
        assertThat(stopped.statusCode()).isEqualTo(InboxResource.STOP_POLLING);
        assertThat(stopped.body().asString()).contains("<span>Aviseringar (1 ny)</span>").doesNotContain("hx-get");
        for (String junk : new String[] { "", "junk", "99999999999999999999" }) {
            assertThat(cecilia.get("/aviseringar/antal?visade=1&laddad=" + junk).statusCode()).as(junk)
                    .isEqualTo(InboxResource.STOP_POLLING);
        }
    }

    @Test
    void theBadgeNeedsThePagesRolesAndAScriptWithoutASessionGets499() {
        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", java.util.Set.of("auditor"), java.util.Map.of());
        assertThat(olof.get("/aviseringar/antal?visade=0&laddad=" + FixedClock.NOW.getEpochSecond()).statusCode())
                .isEqualTo(403);
        assertThat(olof.get("/").body().asString()).doesNotContain("htmx.min.js");
        Response visitor = io.restassured.RestAssured.given().redirects().follow(false)
                .header("X-Requested-With", "XMLHttpRequest").get("/aviseringar/antal");
        assertThat(visitor.statusCode()).isEqualTo(499);
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
