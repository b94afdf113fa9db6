package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.Topics;

/**
 * The check the system tests apply to every published event can fail, and says why without quoting data: planted
 * events (no stack needed) of the shape the relay publishes, one valid and one per kind of defect.
 */
class EventContractsTest {

    static final EventContracts CONTRACTS = EventContracts.load();
    static final String TYPE = CaseEvents.ACCESS_CHANGED.type();
    static final String VALID = """
            {"caseId": "6f1c2a52-3f55-4a57-9a4c-3c1f2e0b9d11", "board": "nordost", "childrenAffected": false,
             "status": "OPEN", "personKeys": ["k1"], "sequence": 3, "at": "2026-12-06T10:15:30Z"}""";

    static Map<String, String> headers(String type) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", UUID.randomUUID().toString());
        h.put("ce_source", "/bokvar/case-service");
        h.put("ce_type", type);
        h.put("ce_time", "2026-12-06T11:15:30.123+01:00");
        h.put("ce_subject", UUID.randomUUID().toString());
        h.put("content-type", "application/json");
        return h;
    }

    static PublishedEvents.Event event(String topic, Map<String, String> headers, String data) {
        return new PublishedEvents.Event(topic, 0, 0, headers,
                data == null ? null : data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventAsTheDocumentDescribesItPasses() {
        assertThat(CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), headers(TYPE), VALID))).isEmpty();
        assertThat(CONTRACTS.types()).contains(TYPE).hasSizeGreaterThan(10);
    }

    @Test
    void wrongDataIsReportedByPlaceAndRuleButNeverQuoted() {
        String data = """
                {"caseId": "not-a-uuid", "board": {"name": "19850315-2384"}, "childrenAffected": false,
                 "status": "OPEN", "personKeys": ["k1"], "sequence": "three"}""";
        List<String> violations = CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), headers(TYPE), data));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/caseId").contains("format"))
                .anySatisfy(v -> assertThat(v).contains("/board").contains("type"))
                .anySatisfy(v -> assertThat(v).contains("/sequence").contains("type"))
                .anySatisfy(v -> assertThat(v).startsWith("data / [required]").contains("'at'"))
                .allSatisfy(v -> assertThat(v).doesNotContain("19850315").doesNotContain("not-a-uuid")
                        .doesNotContain("three"));
    }

    @Test
    void dataThatIsNotJsonIsReportedWithoutQuotingIt() {
        assertThat(CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), headers(TYPE), "{\"pnr\": 19850315-2384")))
                .containsExactly("data is missing or not JSON");
        assertThat(CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), headers(TYPE), null)))
                .containsExactly("data is missing or not JSON");
    }

    @Test
    void anUnknownTypeOrTheWrongTopicFails() {
        assertThat(CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), headers("se.bokvar.case.invented.v1"), VALID)))
                .containsExactly("ce_type is not a message of the AsyncAPI document");
        assertThat(CONTRACTS.violations(event(Topics.NOTICES.name(), headers(TYPE), VALID)))
                .anySatisfy(v -> assertThat(v).contains("published on " + Topics.NOTICES.name()));
    }

    @Test
    void wrongAttributesFail() {
        Map<String, String> h = headers(TYPE);
        h.remove("ce_time");
        h.put("ce_source", "/bokvar/consent-service");
        h.put("ce_id", "42");
        assertThat(CONTRACTS.violations(event(Topics.CASE_EVENTS.name(), h, VALID)))
                .anySatisfy(v -> assertThat(v).startsWith("headers").contains("ce_time"))
                .anySatisfy(v -> assertThat(v).startsWith("headers").contains("ce_source"))
                .anySatisfy(v -> assertThat(v).startsWith("headers").contains("ce_id"));
    }

    @Test
    void aVerdictListsEveryInvalidEventByIdAndType() {
        Map<String, String> bad = headers(TYPE);
        EventContracts.Verdict verdict = CONTRACTS.judge(List.of(
                event(Topics.CASE_EVENTS.name(), headers(TYPE), VALID),
                event(Topics.CASE_EVENTS.name(), bad, "{}")));
        assertThat(verdict.validated()).isEqualTo(2);
        assertThat(verdict.invalid()).singleElement().asString().startsWith(bad.get("ce_id") + " " + TYPE);
        assertThat(verdict.countByType()).containsEntry(TYPE, 2);
    }
}
