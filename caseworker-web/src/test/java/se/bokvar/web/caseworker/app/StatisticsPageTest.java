package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.OversightJson;

/** Statistik: the period asked, case-service's figures as written, the months summed for the chart. */
class StatisticsPageTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    static OversightJson.Figure count(long n) {
        return new OversightJson.Figure(n, null);
    }

    static final OversightJson.Figure HIDDEN = new OversightJson.Figure(null, "hidden");

    @Test
    void everyMonthOfThePeriodIsSummedAndAMonthWithASuppressedCountIsAtLeastItsSum() {
        List<StatisticsPage.MonthRow> rows = StatisticsPage.perMonth(YearMonth.of(2026, 10), YearMonth.of(2026, 12), List.of(
                new OversightJson.NoticeCount("2026-11", "nordost", "EVICTION", count(12)),
                new OversightJson.NoticeCount("2026-11", "centrum", "EVICTION", HIDDEN),
                new OversightJson.NoticeCount("2026-12", "nordost", "EVICTION", count(7)),
                new OversightJson.NoticeCount("2026-12", "centrum", "EVICTION", count(5)),
                new OversightJson.NoticeCount("2026-10", "nordost", "EVICTION", HIDDEN),
                new OversightJson.NoticeCount("2025-01", "nordost", "EVICTION", count(99))));
        assertThat(rows).containsExactly(
                new StatisticsPage.MonthRow("oktober 2026", "2026-10", 0, true, "dold"),
                new StatisticsPage.MonthRow("november 2026", "2026-11", 12, true, "minst 12"),
                new StatisticsPage.MonthRow("december 2026", "2026-12", 12, false, "12"));
        assertThat(StatisticsPage.chartValues(rows)).extracting(BarChart.Value::label, BarChart.Value::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("okt 26", 0L),
                        org.assertj.core.groups.Tuple.tuple("nov 26", 12L), org.assertj.core.groups.Tuple.tuple("dec 26", 12L));
    }

    @Test
    void figuresAreWrittenInSwedishAndHiddenOnesStayHiddenWithoutClaimingToBeSmall() {
        assertThat(StatisticsPage.figure(count(0))).isEqualTo("0");
        assertThat(StatisticsPage.figure(HIDDEN)).as("a hidden figure may be any size").isEqualTo("dold");
        assertThat(StatisticsPage.figure(null)).isEqualTo("–");
        assertThat(StatisticsPage.hours(30.5)).isEqualTo("30,5 timmar");
        assertThat(StatisticsPage.hours(null)).isEqualTo("visas inte");
        assertThat(StatisticsPage.share(null)).isEqualTo("visas inte");
        assertThat(StatisticsPage.share(0.421)).isEqualTo("42,1 %");
        assertThat(StatisticsPage.monthName("2026-03")).isEqualTo("mars 2026");
    }

    @Test
    void theLastTwelveMonthsByDefaultAndTheMonthsCaseServicePublished() {
        FakeOversight service = new FakeOversight();
        // December has not ended: case-service's figures go up to November
        service.statistics = new OversightJson.Statistics("municipality", "2026-01", "2026-12", "2026-11", List.of(),
                List.of(), null, null, List.of(), List.of());
        StatisticsPage.Model m = new StatisticsPage(service, TODAY).read(new StatisticsPage.Period(" ", null, "municipality"));
        assertThat(service.asked).containsExactly(List.of("2026-01", "2026-12", "municipality"));
        assertThat(m.refusal()).isNull();
        assertThat(m.scopeText()).isEqualTo("hela kommunen");
        assertThat(m.coverage()).isEqualTo("Siffrorna gäller till och med november 2026: en månad visas när den har tagit slut.");
        assertThat(m.perMonth()).hasSize(11);
        assertThat(m.chart().bars()).hasSize(11);
        assertThat(m.contactMedian()).isEqualTo("visas inte");
        assertThat(new StatisticsPage.Period(null, null, "anything").scope()).isEqualTo("board");

        service.statistics = new OversightJson.Statistics("centrum", "2026-12", "2026-12", null, List.of(), null, null,
                null, List.of(), List.of());
        StatisticsPage.Model none = new StatisticsPage(service, TODAY).read(new StatisticsPage.Period("2026-12", "2026-12", "board"));
        assertThat(none.chart()).as("nothing published yet").isNull();
        assertThat(none.coverage()).startsWith("Ingen månad i perioden har tagit slut ännu.");
    }

    @Test
    void theMunicipalitysMonthsAreItsTotalsNotSumsOfTheBoardsShownFigures() {
        FakeOversight service = new FakeOversight();
        service.statistics = new OversightJson.Statistics("municipality", "2026-10", "2026-11", "2026-11", List.of(
                new OversightJson.NoticeCount("2026-10", "nordost", "EVICTION", HIDDEN),
                new OversightJson.NoticeCount("2026-10", "centrum", "EVICTION", HIDDEN),
                new OversightJson.NoticeCount("2026-11", "nordost", "EVICTION", count(8))), List.of(
                new OversightJson.NoticeTotal("2026-10", "EVICTION", count(9)),
                new OversightJson.NoticeTotal("2026-11", "EVICTION", count(8)),
                new OversightJson.NoticeTotal("2026-11", "EARLY_WARNING", HIDDEN)), null, null, List.of(), List.of());
        StatisticsPage.Model m = new StatisticsPage(service, TODAY).read(new StatisticsPage.Period("2026-10", "2026-11", "municipality"));
        assertThat(m.coverage()).isNull();
        assertThat(m.perMonth()).extracting(StatisticsPage.MonthRow::count).containsExactly("9", "minst 8");
        assertThat(m.notices()).extracting(StatisticsPage.NoticeRow::count).containsExactly("dold", "dold", "8");
    }

    @Test
    void aBadMonthIsNotSentAndCaseServicesRefusalIsInSwedish() {
        FakeOversight service = new FakeOversight();
        StatisticsPage page = new StatisticsPage(service, TODAY);
        assertThat(page.read(new StatisticsPage.Period("2026-13", "2026-12", "board")).refusal().reasons())
                .containsExactly("Från: ange en månad (åååå-mm).");
        assertThat(service.asked).isEmpty();

        service.refuse = new CaseJson.Problem("https://bokvar.se/problems/validation", "Invalid", 400, null,
                List.of(new CaseJson.FieldError("to", "the period is at most three years")));
        StatisticsPage.Model m = page.read(new StatisticsPage.Period("2020-01", "2026-12", "board"));
        assertThat(m.refusal().reasons()).containsExactly("Till: perioden får vara högst tre år.");
        assertThat(m.chart()).isNull();
    }
}
