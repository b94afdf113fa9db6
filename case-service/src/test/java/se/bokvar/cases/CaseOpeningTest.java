package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.TestInfrastructure;
import se.bokvar.testsupport.TestTokens;

@QuarkusTest
@TestProfile(CaseTestProfile.class)
class CaseOpeningTest {

    static final String ANNA = TestTokens.caseworker("anna", "nordost", "adult");
    static final String BENGT = TestTokens.caseworker("bengt", "hisingen", "adult");
    static final String CECILIA = TestTokens.caseworker("cecilia", "nordost", "children");
    static final String SARA = TestTokens.supervisor("sara", "nordost");

    @Inject
    ObjectMapper mapper;

    static String caseIdOf(String token, UUID noticeId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(token).queryParam("noticeId", noticeId).get("/api/v1/cases")
                        .then().statusCode(200).extract().<List<String>>path("id"),
                ids -> !ids.isEmpty()).get(0);
    }

    @Test
    void aTerminationOpensACaseInTheUnitOfThePostalCodeWithTheRecoveryPeriod() throws Exception {
        // served on Wed 2025-12-03, received the same day: the domain brief's first vector
        TerminationNoticeReceivedV1 notice = Notices.termination(UUID.randomUUID().toString(), "41502",
                LocalDate.of(2025, 12, 3), Instant.parse("2025-12-03T09:00:00Z"), ChildrenKnownV1.UNKNOWN);
        Notices.publish(mapper, notice, UUID.randomUUID().toString());

        String caseId = caseIdOf(ANNA, notice.noticeId());
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("board", equalTo("nordost"))
                .body("status", equalTo("OPENED"))
                .body("household[0].personalIdentityNumber", equalTo("198503152384"))
                .body("notices", hasSize(1))
                .body("deadlines.recoveryPeriod.nominalEnd", equalTo("2025-12-24"))
                .body("deadlines.recoveryPeriod.lastDay", equalTo("2025-12-29"))
                .body("deadlines.recoveryPeriod.provisional", equalTo(false));

        // another board's caseworker does not see it; the children unit sees it only if children are affected
        given().auth().oauth2(BENGT).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(BENGT).queryParam("noticeId", notice.noticeId()).get("/api/v1/cases")
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(SARA).get("/api/v1/cases/" + caseId).then().statusCode(200);

        // the read was audited, naming the case and the reader
        assertThat(auditedReads(caseId)).contains("anna");
    }

    @Test
    void redeliveryOfTheSameEventChangesNothingAndTheSameTenancyKeepsOneCase() throws Exception {
        String tenancy = UUID.randomUUID().toString();
        TerminationNoticeReceivedV1 first = Notices.termination(tenancy, "41502", LocalDate.of(2026, 3, 13),
                Instant.parse("2026-03-13T08:00:00Z"), ChildrenKnownV1.YES);
        String eventId = UUID.randomUUID().toString();
        Notices.publish(mapper, first, eventId);
        Notices.publish(mapper, first, eventId);
        // a later notice for the same tenancy, served later: the act-by date stays the earlier one
        TerminationNoticeReceivedV1 second = Notices.termination(tenancy, "41502", LocalDate.of(2026, 5, 29),
                Instant.parse("2026-05-29T08:00:00Z"), ChildrenKnownV1.UNKNOWN);
        Notices.publish(mapper, second, UUID.randomUUID().toString());

        String caseId = caseIdOf(ANNA, second.noticeId());
        assertThat(caseIdOf(ANNA, first.noticeId())).isEqualTo(caseId);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("notices", hasSize(2))
                .body("childrenKnown", equalTo("YES"))
                .body("deadlines.recoveryPeriod.lastDay", equalTo("2026-06-22"))
                .body("deadlines.recoveryPeriod.actBy", equalTo("2026-04-07"));
        // children affected: the children-and-youth unit of the board sees it
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(200);
    }

    @Test
    void anUnknownPostalCodeLandsInTheUnroutedQueueForSupervisors() throws Exception {
        TerminationNoticeReceivedV1 notice = Notices.termination(UUID.randomUUID().toString(), "42700",
                null, Instant.now(), ChildrenKnownV1.NO);
        Notices.publish(mapper, notice, UUID.randomUUID().toString());
        String caseId = caseIdOf(SARA, notice.noticeId());
        given().auth().oauth2(SARA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("board", equalTo(null))
                .body("deadlines.recoveryPeriod.provisional", equalTo(true));
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(404);
    }

    @Test
    void onlyCaseworkersAndSupervisorsReachCases() {
        String any = "/api/v1/cases/" + UUID.randomUUID();
        given().get(any).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.landlord("hemma-bostader")).get(any).then().statusCode(403);
        given().auth().oauth2(TestTokens.kronofogden()).get(any).then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor("olof")).get(any).then().statusCode(403);
        given().auth().oauth2(ANNA).get(any).then().statusCode(404).contentType("application/problem+json");
    }

    static String auditedReads(String caseId) throws Exception {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl("bokvar_cases"));
                PreparedStatement ps = c.prepareStatement(
                        "select string_agg(actor_username, ',') from audit_record where action = 'case.read' and ? = any(resource_ids)")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getString(1));
            }
        }
    }
}
