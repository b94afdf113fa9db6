package se.bokvar.consent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.MARIA;
import static se.bokvar.consent.Fixtures.SARA;
import static se.bokvar.consent.Fixtures.decision;
import static se.bokvar.consent.Fixtures.nordostCase;
import static se.bokvar.consent.Fixtures.writtenConsent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;
import se.bokvar.consent.TestClock;

/** The decision API against recorded consents: default deny, each kind of withdrawal at once, end dates, grounds. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class DecisionTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String today() {
        return LocalDate.now(clock).toString();
    }

    static ValidatableResponse decide(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/decisions").then();
    }

    static ValidatableResponse decide(UUID caseId, String kind, String id, String purpose, String category) {
        return decide(ANNA, decision(caseId, MARIA, kind, id, purpose, category)).statusCode(200);
    }

    static ValidatableResponse commitmentToHemma(UUID caseId) {
        return decide(caseId, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
    }

    String give(UUID caseId, String body) {
        return given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
    }

    void withdraw(String consentId, String body) {
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(body)
                .post("/api/v1/consents/" + consentId + "/withdrawals").then().statusCode(200);
    }

    @Test
    void withoutConsentEverythingIsDenied() {
        UUID caseId = nordostCase(MARIA);
        commitmentToHemma(caseId)
                .body("decision", equalTo("DENY"))
                .body("reasonCode", equalTo("NO_CONSENT"))
                .body("reason", containsString("default is deny"))
                .body("consentId", nullValue())
                .body("consentVersion", nullValue())
                .body("legalGround", nullValue())
                .body("decidedAt", notNullValue());
        for (String[] ask : new String[][] { { "OTHER_ADMINISTRATION", "elderly-care", "CONTACT_ADMINISTRATION", "HEALTH" },
                { "KRONOFOGDEN", null, "OTHER", "CASE_STATUS" }, { "BUDGET_DEBT_COUNSELLING", null, "FOLLOW_UP", "CONTACT_DETAILS" } }) {
            decide(caseId, ask[0], ask[1], ask[2], ask[3]).body("decision", equalTo("DENY")).body("reasonCode", equalTo("NO_CONSENT"));
        }
    }

    @Test
    void aConsentAllowsExactlyWhatItCovers() {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        String decidedAt = commitmentToHemma(caseId)
                .body("decision", equalTo("ALLOW"))
                .body("reasonCode", equalTo("COVERED"))
                .body("reason", equalTo("Written consent of " + today()
                        + " covers LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT"))
                .body("consentId", equalTo(id))
                .body("consentVersion", equalTo(1))
                .body("legalGround", equalTo("CONSENT"))
                .extract().path("decidedAt");
        assertThat(OffsetDateTime.parse(decidedAt).getOffset().getTotalSeconds()).isIn(3600, 7200);
        decide(caseId, "BUDGET_DEBT_COUNSELLING", null, "INFORM_PLANNED_SUPPORT", "PLANNED_SUPPORT").body("decision", equalTo("ALLOW"));
        decide(caseId, "LANDLORD", "alvstaden-fastigheter", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT")
                .body("decision", equalTo("DENY")).body("reasonCode", equalTo("NOT_COVERED_PARTY")).body("consentId", equalTo(id));
        decide(caseId, "LANDLORD", "hemma-bostader", "FOLLOW_UP", "PAYMENT_COMMITMENT")
                .body("reasonCode", equalTo("NOT_COVERED_PURPOSE"));
        decide(caseId, "LANDLORD", "Hemma-Bostader", "PAYMENT_COMMITMENT", "FINANCIAL_SITUATION")
                .body("reasonCode", equalTo("NOT_COVERED_CATEGORY"));
        // supervisors of the board ask too
        decide(SARA, decision(caseId, MARIA, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT"))
                .statusCode(200).body("decision", equalTo("ALLOW"));
    }

    @Test
    void withdrawingOnePartyTakesEffectAtOnce() {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        commitmentToHemma(caseId).body("decision", equalTo("ALLOW"));
        withdraw(id, """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" } ], "withdrawnOn": "%s" }""".formatted(today()));
        commitmentToHemma(caseId)
                .body("decision", equalTo("DENY"))
                .body("reasonCode", equalTo("WITHDRAWN"))
                .body("consentId", equalTo(id))
                .body("consentVersion", equalTo(2))
                .body("reason", containsString("partly withdrawn on " + today() + " (version 2)"));
        decide(caseId, "BUDGET_DEBT_COUNSELLING", null, "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT")
                .body("decision", equalTo("ALLOW")).body("consentVersion", equalTo(2));
    }

    @Test
    void withdrawingOnePurposeTakesEffectAtOnce() {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        withdraw(id, """
                { "purposes": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s" }""".formatted(today()));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("WITHDRAWN"));
        decide(caseId, "BUDGET_DEBT_COUNSELLING", null, "PAYMENT_COMMITMENT", "PLANNED_SUPPORT")
                .body("reasonCode", equalTo("WITHDRAWN"));
        decide(caseId, "LANDLORD", "hemma-bostader", "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT")
                .body("decision", equalTo("ALLOW"));
    }

    @Test
    void withdrawingOneCategoryTakesEffectAtOnce() {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        withdraw(id, """
                { "categories": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s" }""".formatted(today()));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("WITHDRAWN"));
        decide(caseId, "BUDGET_DEBT_COUNSELLING", null, "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT")
                .body("reasonCode", equalTo("WITHDRAWN"));
        decide(caseId, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PLANNED_SUPPORT")
                .body("decision", equalTo("ALLOW"));
    }

    @Test
    void aWholeWithdrawalDeniesEverythingAtOnce() {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        withdraw(id, """
                { "whole": true, "withdrawnOn": "%s" }""".formatted(today()));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("WITHDRAWN"))
                .body("reason", containsString("wholly withdrawn"));
        decide(caseId, "BUDGET_DEBT_COUNSELLING", null, "INFORM_PLANNED_SUPPORT", "PLANNED_SUPPORT")
                .body("decision", equalTo("DENY"));
    }

    @Test
    void aConsentEndsAfterItsLastDay() {
        UUID caseId = nordostCase(MARIA);
        give(caseId, writtenConsent(MARIA, today()).replace("\"form\"", "\"validUntil\": \"" + today() + "\", \"form\""));
        commitmentToHemma(caseId).body("decision", equalTo("ALLOW")).body("reason", containsString("(valid until " + today() + ")"));
        clock.advance(Duration.ofDays(1));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("EXPIRED"))
                .body("reason", containsString("ended on " + LocalDate.now(clock).minusDays(1)));
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/consents").then().statusCode(200)
                .body("[0].status", equalTo("EXPIRED"));
    }

    @Test
    void osl26_9cIsAGroundOnlyWhenRecordedAndOnlyTowardsElderlyCareAndDisabilitySupport() {
        UUID caseId = nordostCase(MARIA);
        decide(caseId, "OTHER_ADMINISTRATION", "elderly-care", "CONTACT_ADMINISTRATION", "PLANNED_SUPPORT")
                .body("decision", equalTo("DENY")).body("reasonCode", equalTo("NO_CONSENT"));
        String id = give(caseId, """
                { "personalIdentityNumber": "%s", "legalGround": "OSL_26_9C",
                  "parties": [ { "kind": "OTHER_ADMINISTRATION", "id": "elderly-care" } ],
                  "purposes": [ "CONTACT_ADMINISTRATION" ], "categories": [ "PLANNED_SUPPORT" ], "givenOn": "%s" }"""
                .formatted(MARIA, today()));
        decide(caseId, "OTHER_ADMINISTRATION", "elderly-care", "CONTACT_ADMINISTRATION", "PLANNED_SUPPORT")
                .body("decision", equalTo("ALLOW"))
                .body("legalGround", equalTo("OSL_26_9C"))
                .body("consentId", equalTo(id))
                .body("reason", startsWith("Recorded legal ground OSL 26 kap. 9 c §"));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("NOT_COVERED_PARTY"));
    }

    @Test
    void onlyThisPersonsConsentsOnThisCaseCount() {
        String partner = Fixtures.newPerson();
        UUID caseId = nordostCase(MARIA, partner);
        UUID otherCase = nordostCase(MARIA);
        give(caseId, writtenConsent(partner, today()));
        give(otherCase, writtenConsent(MARIA, today()));
        commitmentToHemma(caseId).body("decision", equalTo("DENY")).body("reasonCode", equalTo("NO_CONSENT"));
        decide(ANNA, decision(caseId, partner, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT"))
                .statusCode(200).body("decision", equalTo("ALLOW"));
    }

    @Test
    void badRequestsAreProblems() {
        UUID caseId = nordostCase(MARIA);
        decide(ANNA, decision(caseId, MARIA, "OTHER_ADMINISTRATION", "police", "CONTACT_ADMINISTRATION", "HEALTH"))
                .statusCode(400).body("errors[0].field", equalTo("party.id"));
        decide(ANNA, decision(caseId, MARIA, "LANDLORD", "hemma-bostader", "BRIBE", "HEALTH"))
                .statusCode(400).body("errors[0].field", equalTo("purpose"));
        decide(ANNA, "{}").statusCode(400).contentType("application/problem+json");
        decide(ANNA, decision(caseId, "19850315-2385", "LANDLORD", "x", "OTHER", "OTHER"))
                .statusCode(400).body("errors[0].field", equalTo("personalIdentityNumber"))
                .body(org.hamcrest.Matchers.not(containsString("19850315")));
        decide(ANNA, decision(caseId, Fixtures.newPerson(), "LANDLORD", "x", "OTHER", "OTHER"))
                .statusCode(409).body("errors[0].field", equalTo("personalIdentityNumber"));
        decide(ANNA, decision(UUID.randomUUID(), MARIA, "LANDLORD", "x", "OTHER", "OTHER")).statusCode(404);
    }

    @Test
    void everyDecisionIsAudited() throws Exception {
        UUID caseId = nordostCase(MARIA);
        commitmentToHemma(caseId);
        Long count = Fixtures.single("select count(*) from audit_record where action = 'consent.decision'"
                + " and ? = any(resource_ids) and actor_username = 'anna'", caseId.toString());
        assertThat(count).isEqualTo(1L);
        String purpose = Fixtures.single("select purpose from audit_record where action = 'consent.decision'"
                + " and ? = any(resource_ids)", caseId.toString());
        assertThat(purpose).isEqualTo("LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT -> DENY NO_CONSENT");
        assertThat(Fixtures.<Long>single("select count(*) from audit_record where ? = any(resource_ids)",
                Fixtures.personKey(MARIA))).isPositive();
    }
}
