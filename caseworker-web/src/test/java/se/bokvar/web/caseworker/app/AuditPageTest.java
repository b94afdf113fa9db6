package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.OversightJson;

/** Granskningslogg: the form becomes case-service's AuditQuery; pages are slices of a longer answer. */
class AuditPageTest {

    @Test
    void daysAreStockholmDaysWithTheLastOneIncludedAndBlankFieldsAreLeftOut() {
        Map<String, Object> body = new LinkedHashMap<>();
        assertThat(AuditPage.body(new AuditPage.Query(" 0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d ", "", " anna ", "case.read",
                "2026-06-01", "2026-06-30", 1), body)).isNull();
        assertThat(body).containsExactly(Map.entry("caseId", "0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d"),
                Map.entry("actor", "anna"), Map.entry("action", "case.read"),
                Map.entry("from", "2026-06-01T00:00+02:00"), Map.entry("to", "2026-07-01T00:00+02:00"),
                Map.entry("limit", 51));
    }

    @Test
    void anUnknownActionIsNoFilterAndABadIdOrDayIsRefusedBeforeAsking() {
        assertThat(new AuditPage.Query(null, null, null, "drop table", null, null, 0).action()).isNull();
        assertThat(new AuditPage.Query(null, null, null, null, null, null, 0).page()).isEqualTo(1);
        assertThat(new AuditPage.Query(null, null, null, null, null, null, 500).page()).isEqualTo(20);
        FakeOversight service = new FakeOversight();
        AuditPage page = new AuditPage(service);
        assertThat(page.read(new AuditPage.Query("123", null, null, null, null, null, 1)).refusal().reasons().get(0))
                .startsWith("Ärende: ange ärendets id");
        assertThat(page.read(new AuditPage.Query(null, null, null, null, "1 juni", null, 1)).refusal().reasons())
                .containsExactly("Från och till: ange datum (åååå-mm-dd).");
        assertThat(page.read(new AuditPage.Query(null, "19850315-23845", null, null, null, null, 1)).refusal()).isNotNull();
        assertThat(service.asked).isEmpty();
    }

    @Test
    void pageTwoAsksForTwoPagesAndOneMoreAndShowsTheSecond() {
        FakeOversight service = new FakeOversight();
        service.records = IntStream.range(0, 120).mapToObj(i -> new OversightJson.AuditRecord(i,
                OffsetDateTime.parse("2026-12-07T08:00:00Z"), "sub", "anna", "caseworker", null, "case.read", "case",
                List.of("id-" + i), null)).toList();
        AuditPage.Model m = new AuditPage(service).read(new AuditPage.Query(null, null, "anna", null, null, null, 2));
        assertThat(((Map<?, ?>) service.asked.get(0)).get("limit")).isEqualTo(101);
        assertThat(m.rows()).hasSize(50);
        assertThat(m.rows().get(0).resources()).containsExactly("id-50");
        assertThat(m.rows().get(0).action()).isEqualTo("Läste ett ärende");
        assertThat(m.rows().get(0).at()).isEqualTo("mån 7 dec 2026 kl. 09:00");
        assertThat(m.hasNext()).isTrue();
        assertThat(m.previousPage()).isEqualTo(1);
        assertThat(m.nextPage()).isEqualTo(3);
    }

    @Test
    void theLastPageCaseServiceCanGiveSaysSo() {
        FakeOversight service = new FakeOversight();
        service.records = IntStream.range(0, 1000).mapToObj(i -> new OversightJson.AuditRecord(i, null, "sub", null, null,
                null, "case.read", "case", null, null)).toList();
        AuditPage.Model m = new AuditPage(service).read(new AuditPage.Query(null, null, null, null, null, null, 20));
        assertThat(((Map<?, ?>) service.asked.get(0)).get("limit")).isEqualTo(1000);
        assertThat(m.rows()).hasSize(50);
        assertThat(m.hasNext()).isFalse();
        assertThat(m.capped()).isTrue();
        assertThat(m.rows().get(0).actor()).isEqualTo("sub");
    }
}
