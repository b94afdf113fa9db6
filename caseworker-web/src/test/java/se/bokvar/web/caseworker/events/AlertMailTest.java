package se.bokvar.web.caseworker.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.ServiceTestResource;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.web.caseworker.GreenMailResource;
import se.bokvar.web.caseworker.GreenMailResource.Received;
import se.bokvar.web.caseworker.InjectSmtp;

/**
 * Deadline alerts from Kafka become e-mails on a real SMTP server (GreenMail), with the test JVM's real PostgreSQL
 * and Kafka: to the responsible caseworker, once per alert, to the supervisors too when breached, to the unit's
 * mailbox when the caseworker is unknown, and after the mail server comes back when it was down. The caseworkers
 * and mailboxes are the bundled SAMPLE files.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "web"))
@QuarkusTestResource(GreenMailResource.class)
class AlertMailTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Pattern DIGITS = Pattern.compile("\\d{6}[-+]?\\d{4}");

    @InjectSmtp
    GreenMailResource smtp;

    @Test
    void aNearDeadlineIsMailedToTheResponsibleCaseworkerWithTheLinkAndNoPersonalData() {
        UUID alert = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        publish(UUID.randomUUID(), json(alert, caseId, "RECOVERY_PERIOD", "NEAR", "nordost", "\"anna\"", "\"adult\""));

        Received mail = awaitMails(alert, 1).get(0);
        assertThat(mail.to()).isEqualTo("anna@demo.bokvar.invalid");
        assertThat(mail.messageId()).startsWith("<" + alert + ".").endsWith("@bokvar>");
        assertThat(mail.subject()).isEqualTo("Frist närmar sig: återvinningsfrist, fre 11 dec 2026");
        assertThat(mail.text()).contains("Återvinningsfrist").contains("fre 11 dec 2026")
                .contains("https://desk.test.invalid/arenden/" + caseId);
        assertThat(mail.html()).contains("href=\"https://desk.test.invalid/arenden/" + caseId + "\"");
        for (String content : List.of(mail.subject(), mail.text(), mail.html(), mail.raw())) {
            assertThat(content).doesNotContain("Anna").doesNotContain("Andersson").doesNotContain("031-365")
                    .doesNotContain("Nordost, vuxenenheten");
        }
        for (String content : List.of(mail.subject(), mail.text(), mail.html())) {
            String withoutIds = content.replace(caseId.toString(), "");
            assertThat(DIGITS.matcher(withoutIds).find()).as("a personnummer-like number").isFalse();
        }
    }

    @Test
    void theSameEventTwiceAndTheSameAlertAgainGiveOneMail() throws Exception {
        UUID alert = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String data = json(alert, UUID.randomUUID(), "PRE_ASSESSMENT", "NEAR", "nordost", "\"sara\"", "\"adult\"");
        publish(event, data);
        publish(event, data);
        publish(UUID.randomUUID(), data);
        awaitMails(alert, 1);
        Thread.sleep(3000); // a few more rounds of the sender
        assertThat(mailsOf(alert)).hasSize(1).allSatisfy(m -> assertThat(m.to()).isEqualTo("sara@demo.bokvar.invalid"));
        assertThat(mailsOf(alert).get(0).subject()).contains("förhandsbedömning");
    }

    @Test
    void aBreachedDeadlineAlsoReachesTheSupervisors() {
        UUID alert = UUID.randomUUID();
        publish(UUID.randomUUID(), json(alert, UUID.randomUUID(), "EVICTION", "BREACHED", "nordost", "\"anna\"", "\"adult\""));
        List<Received> mails = awaitMails(alert, 2);
        assertThat(mails).extracting(Received::to)
                .containsExactlyInAnyOrder("anna@demo.bokvar.invalid", "nordost.arbetsledning@demo.bokvar.invalid");
        assertThat(mails).allSatisfy(m -> assertThat(m.subject()).isEqualTo("Frist passerad: avhysning, fre 11 dec 2026"));
        assertThat(mails).extracting(Received::messageId).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownOrMissingCaseworkerMeansTheUnitsMailbox() {
        UUID unknown = UUID.randomUUID();
        publish(UUID.randomUUID(), json(unknown, UUID.randomUUID(), "KFM_ACKNOWLEDGEMENT", "NEAR", "hisingen",
                "\"nobody-here\"", "\"children\""));
        assertThat(awaitMails(unknown, 1)).extracting(Received::to).containsExactly("hisingen.barnochunga@demo.bokvar.invalid");
        assertThat(mailsOf(unknown).get(0).subject()).contains("kvittens till Kronofogden");

        // an event published before the field 'unit' existed: the board's adult unit
        UUID unassigned = UUID.randomUUID();
        publish(UUID.randomUUID(), json(unassigned, UUID.randomUUID(), "RECOVERY_PERIOD", "NEAR", "centrum", "null", null));
        assertThat(awaitMails(unassigned, 1)).extracting(Received::to).containsExactly("centrum.vuxen@demo.bokvar.invalid");
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndIsDeliveredOnceWhenItIsBack() throws Exception {
        UUID alert = UUID.randomUUID();
        smtp.stopSmtp();
        try {
            publish(UUID.randomUUID(), json(alert, UUID.randomUUID(), "RECOVERY_PERIOD", "NEAR", "nordost", "\"david\"",
                    "\"adult\""));
            await().atMost(WAIT).until(() -> failedAttempts(alert) >= 2);
        } finally {
            smtp.startSmtp();
        }
        assertThat(awaitMails(alert, 1)).extracting(Received::to).containsExactly("david@demo.bokvar.invalid");
        Thread.sleep(3000);
        assertThat(mailsOf(alert)).hasSize(1);
    }

    @Test
    void aMailWhoseReplicaStoppedWhileSendingIsSentAgainAsTheSameMessageAndCounted() throws Exception {
        UUID alert = UUID.randomUUID();
        String messageId = "<" + alert + ".0123456789abcdef@bokvar>";
        double before = resends();
        // as a replica leaves it when it stops between claiming (or sending) and marking: claimed, lease run out
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_web"));
                PreparedStatement ps = c.prepareStatement("insert into alert_delivery (id, alert_id, recipient,"
                        + " recipient_kind, case_id, deadline, alert, due_on, message_id, attempts, claimed_until)"
                        + " values (?, ?, 'erik@demo.bokvar.invalid', 'CASEWORKER', ?, 'EVICTION', 'NEAR', date '2026-12-11',"
                        + " ?, 1, now() - interval '1 second')")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, alert);
            ps.setObject(3, UUID.randomUUID());
            ps.setString(4, messageId);
            ps.executeUpdate();
        }
        assertThat(awaitMails(alert, 1)).extracting(Received::messageId).containsExactly(messageId);
        await().atMost(WAIT).until(() -> resends() >= before + 1);
    }

    static double resends() {
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("bokvar_alert_mail_resends_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    static void publish(UUID eventId, String json) {
        String caseId = json.replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), caseId, eventId.toString(), CaseEvents.DEADLINE_ALERT.type(),
                caseId, json);
    }

    /** The alert's data; {@code unit} null: the field is left out, as in events published before it existed. */
    static String json(UUID alert, UUID caseId, String deadline, String kind, String board, String assignedTo, String unit) {
        return "{\"alertId\":\"" + alert + "\",\"caseId\":\"" + caseId + "\",\"deadline\":\"" + deadline
                + "\",\"alert\":\"" + kind + "\",\"dueOn\":\"2026-12-11\",\"detectedAt\":\"2026-12-07T08:00:00Z\","
                + "\"board\":\"" + board + "\",\"assignedTo\":" + assignedTo + (unit == null ? "" : ",\"unit\":" + unit) + "}";
    }

    List<Received> mailsOf(UUID alert) {
        return smtp.all().stream().filter(m -> m.messageId().startsWith("<" + alert + ".")).toList();
    }

    List<Received> awaitMails(UUID alert, int count) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> mailsOf(alert).size() >= count);
        return mailsOf(alert);
    }

    static int failedAttempts(UUID alert) throws Exception {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_web"));
                PreparedStatement ps = c.prepareStatement("select attempts, last_error from alert_delivery where alert_id = ?")) {
            ps.setObject(1, alert);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(2) != null ? rs.getInt(1) : 0;
            }
        }
    }
}
