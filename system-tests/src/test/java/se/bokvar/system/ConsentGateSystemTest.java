package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.bench.common.Tokens;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.ConsentEvents;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.rules.identity.PersonalIdentityNumbers;

/**
 * The consent gate across real services: a disclosure step in case-service asks the real consent-service, with the
 * caseworker's own Keycloak token, and is refused until a consent is recorded, allowed while it holds, refused again
 * the moment it is withdrawn, and refused (fail closed) while consent-service is down. consent-service knows the
 * case only from case-service's events, so this also proves the access projection travels over Kafka.
 */
@ExtendWith(SharedStack.class)
class ConsentGateSystemTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PNR = PersonalIdentityNumbers.hyphenated(LocalDate.of(1985, 3, 15), 238);

    static Stack stack;

    @BeforeAll
    static void theSharedStack() {
        stack = SharedStack.stack();
    }

    static HttpResponse<String> call(String method, String url, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    static HttpResponse<String> informLandlord(String caseId, String anna) throws Exception {
        return call("POST", stack.url(ServiceSpec.CASES) + "/api/v1/cases/" + caseId + "/steps", anna,
                Map.of("kind", "INFORM_LANDLORD_PLANNED_SUPPORT", "landlordId", "hemma-bostader",
                        "notes", "Told the landlord that a repayment plan is being set up"));
    }

    @Test
    void aDisclosureIsAllowedOnlyWhileARecordedConsentCoversIt() throws Exception {
        String tokenUrl = Tokens.tokenUrl(stack.keycloak().baseUrl());
        String landlord = Tokens.clientCredentials(HTTP, tokenUrl, "landlord-hemma", "hemma-demo-secret").get();
        String anna = Tokens.password(HTTP, tokenUrl, "anna", "demo").get();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        // a landlord's termination for a flat in Nordost
        HttpResponse<String> receipt = call("POST", stack.url(ServiceSpec.INTAKE) + "/api/v1/notices/termination-unpaid-rent",
                landlord, Map.ofEntries(Map.entry("tenure", "RENTAL"),
                        Map.entry("landlordReference", "CG-" + UUID.randomUUID().toString().substring(0, 8)),
                        Map.entry("tenants", new Object[] { Map.of("personalIdentityNumber", PNR, "name", "Maria Exempelsson") }),
                        Map.entry("address", Map.of("street", "Samtyckesgatan 3", "postalCode", "415 02", "city", "Göteborg",
                                "flatNumber", "1201")),
                        Map.entry("rooms", 2), Map.entry("monthlyRent", 7850), Map.entry("debtAmount", 15700),
                        Map.entry("monthsInArrears", 2), Map.entry("servedOn", today.toString()),
                        Map.entry("childrenKnown", "NO"), Map.entry("contactPerson", Map.of("name", "Karin Förvaltare"))));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String noticeId = json(receipt).get("noticeId").asText();

        String caseId = caseOf(noticeId, anna);
        String consents = stack.url(ServiceSpec.CONSENT) + "/api/v1/cases/" + caseId + "/consents";

        // no consent recorded: the disclosure is refused with a clear problem, and the refusal is recorded
        HttpResponse<String> refused = informLandlord(caseId, anna);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(refused).get("type").asText()).endsWith("/consent-required");

        // consent-service learns the case from case-service's events: wait until it accepts a consent for it
        Map<String, Object> consent = Map.of("personalIdentityNumber", PNR,
                "parties", new Object[] { Map.of("kind", "LANDLORD", "id", "hemma-bostader", "name", "Hemma Bostäder AB") },
                "purposes", new Object[] { "INFORM_PLANNED_SUPPORT" }, "categories", new Object[] { "PLANNED_SUPPORT" },
                "form", "ORAL_DOCUMENTED", "givenOn", today.toString(), "note", "By phone");
        HttpResponse<String> recorded = recordConsent(caseId, anna, consent);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String consentId = json(recorded).get("id").asText();

        // with the consent the step is done, and the decision with the consent's version is on it
        HttpResponse<String> done = informLandlord(caseId, anna);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        assertThat(json(done).at("/consent/decision").asText()).isEqualTo("ALLOW");
        assertThat(json(done).at("/consent/consentId").asText()).isEqualTo(consentId);
        assertThat(json(done).at("/consent/consentVersion").asInt()).isEqualTo(1);

        // Maria withdraws it: the very next disclosure is refused
        HttpResponse<String> withdrawn = call("POST", stack.url(ServiceSpec.CONSENT) + "/api/v1/consents/" + consentId + "/withdrawals",
                anna, Map.of("whole", true, "withdrawnOn", today.toString(), "form", "ORAL_DOCUMENTED"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isIn(200, 201);
        HttpResponse<String> afterWithdrawal = informLandlord(caseId, anna);
        assertThat(afterWithdrawal.statusCode()).as(afterWithdrawal.body()).isEqualTo(403);

        // a new consent, then consent-service goes down: case-service fails closed with a clear problem
        // (503 dependency-unavailable: the caller's request was fine; nothing is disclosed, the attempt is recorded)
        assertThat(call("POST", consents, anna, consent).statusCode()).isEqualTo(201);
        assertThat(informLandlord(caseId, anna).statusCode()).isEqualTo(201);
        stack.killService(ServiceSpec.CONSENT);
        try {
            HttpResponse<String> closed = informLandlord(caseId, anna);
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(503);
            assertThat(json(closed).get("type").asText()).endsWith("/dependency-unavailable");
            assertThat(closed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(closed).get("detail").asText()).containsIgnoringCase("consent");
        } finally {
            stack.restartService(ServiceSpec.CONSENT);
        }
        // back: disclosures covered by the consent work again (the first calls to a cold JVM on a loaded machine may
        // still exceed case-service's consent timeout, and are refused as they must be)
        int status = 0;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status != 201 && System.nanoTime() < until) {
            status = informLandlord(caseId, anna).statusCode();
            assertThat(status).isIn(201, 503);
            if (status != 201) {
                Thread.sleep(1000);
            }
        }
        assertThat(status).isEqualTo(201);

        // every event this run published, consents given and withdrawn included, is what the AsyncAPI document says
        // (6 when written: the notice, its registration and access events, three consent changes)
        EventContracts.assertEveryPublishedEventMatches(stack, 6, NoticeEvents.TERMINATION_RECEIVED.type(),
                CaseEvents.NOTICE_REGISTERED.type(), CaseEvents.ACCESS_CHANGED.type(), ConsentEvents.CHANGED.type());
    }

    /**
     * A postponement request tells Kronofogden about the household: through the real consent-service it is refused
     * until a consent names Kronofogden, the purpose and the household's situation, and only then does the adapter
     * deliver it to Kronofogden (the simulator). Health grounds need a consent that covers health.
     */
    @Test
    void aPostponementRequestReachesKronofogdenOnlyWithAConsentCoveringIt() throws Exception {
        String tokenUrl = Tokens.tokenUrl(stack.keycloak().baseUrl());
        String anna = Tokens.password(HTTP, tokenUrl, "anna", "demo").get();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String pnr = PersonalIdentityNumbers.hyphenated(LocalDate.of(1979, 6, 2), 417);
        String simulator = stack.url(ServiceSpec.SIMULATOR);

        // Kronofogden's system sends an eviction notice for a flat in Nordost: it becomes a case in Anna's unit
        HttpResponse<String> sent = call("POST", simulator + "/sim/send-notice", anna, Map.of("street", "Anståndsgatan 7",
                "postalCode", "415 02", "city", "Göteborg", "flatNumber", "1103",
                "tenants", new Object[] { Map.of("personalIdentityNumber", pnr, "name", "Per Exempelsson") }));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String kfm = json(sent).get("kfmCaseNumber").asText();
        String noticeId = json(sent).at("/adapterResponse/noticeId").asText();
        assertThat(noticeId).as(sent.body()).isNotEmpty();
        String caseId = caseOf(noticeId, anna);
        String postponements = stack.url(ServiceSpec.CASES) + "/api/v1/cases/" + caseId + "/postponements";
        Map<String, Object> request = Map.of("kfmCaseNumber", kfm, "grounds", "SOCIAL_SERVICES_NEED_TIME",
                "motivation", "A sublet from the housing office starts on the 1st");

        // no consent: refused, and nothing reaches Kronofogden
        HttpResponse<String> refused = call("POST", postponements, anna, request);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(json(refused).get("type").asText()).endsWith("/consent-required");

        // Per consents to Kronofogden being told about the household's situation for a postponement request
        Map<String, Object> consent = Map.of("personalIdentityNumber", pnr,
                "parties", new Object[] { Map.of("kind", "KRONOFOGDEN", "id", "kronofogden") },
                "purposes", new Object[] { "REQUEST_POSTPONEMENT" }, "categories", new Object[] { "HOUSEHOLD_SITUATION" },
                "form", "ORAL_DOCUMENTED", "givenOn", today.toString(), "note", "At the meeting");
        HttpResponse<String> recorded = recordConsent(caseId, anna, consent);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

        // illness would tell Kronofogden about his health: not covered
        HttpResponse<String> illness = call("POST", postponements, anna, Map.of("kfmCaseNumber", kfm, "grounds", "ILLNESS",
                "motivation", "In hospital until next month"));
        assertThat(illness.statusCode()).as(illness.body()).isEqualTo(403);

        HttpResponse<String> allowed = call("POST", postponements, anna, request);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
        String requestId = json(allowed).get("requestId").asText();

        // the adapter delivers exactly that one request to Kronofogden
        JsonNode received = null;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            received = json(call("GET", simulator + "/sim/postponement-requests?kfmCaseNumber=" + kfm, anna, null));
            if (received.size() > 0) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(received).as("postponement requests Kronofogden received").hasSize(1);
        assertThat(received.get(0).toString()).contains(requestId).contains("SOCIAL_SERVICES_NEED_TIME");
        Thread.sleep(2000);
        assertThat(json(call("GET", simulator + "/sim/postponement-requests?kfmCaseNumber=" + kfm, anna, null)))
                .as("nothing more reached Kronofogden").hasSize(1);
    }

    static String caseOf(String noticeId, String token) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> cases = call("GET", SharedStack.stack().url(ServiceSpec.CASES) + "/api/v1/cases?noticeId=" + noticeId, token, null);
            if (cases.statusCode() == 200 && json(cases).path(0).path("id").isTextual()) {
                return json(cases).get(0).get("id").asText();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no case for notice " + noticeId + " after 60 s");
    }

    /** Records a consent, waiting until consent-service has learnt of the case from case-service's events. */
    static HttpResponse<String> recordConsent(String caseId, String token, Map<String, Object> consent) throws Exception {
        String consents = SharedStack.stack().url(ServiceSpec.CONSENT) + "/api/v1/cases/" + caseId + "/consents";
        HttpResponse<String> recorded = null;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            recorded = call("POST", consents, token, consent);
            if (recorded.statusCode() != 404 && recorded.statusCode() != 409) {
                break;
            }
            Thread.sleep(300);
        }
        return recorded;
    }
}
