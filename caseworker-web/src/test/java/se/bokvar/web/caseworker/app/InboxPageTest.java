package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseService;

/** The inbox's reading of case-service's answer, against a fake case-service. Today: Monday 7 December 2026. */
class InboxPageTest {

    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    static final class FakeCaseService implements CaseService {
        CaseService.InboxQuery asked;
        List<CaseJson.Summary> items = List.of();

        @Override
        public CaseJson.Inbox inbox(InboxQuery query) {
            asked = query;
            return new CaseJson.Inbox("nordost", "adult", query.limit(), query.offset(), items, List.of());
        }

        @Override
        public CaseJson.Case get(UUID caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseJson.Timeline timeline(UUID caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void assign(UUID caseId, String caseworker) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unassign(UUID caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CaseJson.RecordedStep recordStep(UUID caseId, Map<String, Object> step) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void completeTask(UUID caseId, UUID taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void extendPreAssessment(UUID caseId, Map<String, Object> extension) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close(UUID caseId, Map<String, Object> closing) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void recordPosition(UUID caseId, UUID noticeId, Map<String, Object> position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void requestPostponement(UUID caseId, Map<String, Object> postponement) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String letter(UUID caseId, UUID letterId) {
            throw new UnsupportedOperationException();
        }
    }

    static CaseJson.Summary summary(String deadline, OffsetDateTime urgentAt, boolean breached) {
        return new CaseJson.Summary(UUID.randomUUID(), "nordost", "OPENED", urgentAt, "Exempelgatan 12", "415 02",
                "UNKNOWN", null, null, "TERMINATION_UNPAID_RENT", deadline, urgentAt, breached, 0, false);
    }

    @Test
    void eachCaseCountsDownToTheLastDayOfItsMostUrgentDeadline() {
        FakeCaseService cases = new FakeCaseService();
        cases.items = List.of(
                // ends at midnight after Thursday 10 December (Stockholm): the last day is Thursday
                summary("RECOVERY_PERIOD", OffsetDateTime.parse("2026-12-11T00:00:00+01:00"), false),
                // the acknowledgement is due by the end of today
                summary("KFM_ACKNOWLEDGEMENT", OffsetDateTime.parse("2026-12-08T00:00:00+01:00"), false),
                // an eviction at 09:00 on Friday 18 December
                summary("EVICTION", OffsetDateTime.parse("2026-12-18T09:00:00+01:00"), false),
                // breached last week
                summary("PRE_ASSESSMENT", OffsetDateTime.parse("2026-12-01T00:00:00+01:00"), true),
                summary(null, null, false));
        InboxPage.Model m = new InboxPage(cases, MONDAY).read(new InboxPage.Filters(null, null, null, null, 1));
        assertThat(m.rows()).extracting(InboxPage.Row::countdown).containsExactly("3 arbetsdagar kvar",
                "sista dagen idag", "9 arbetsdagar kvar", "passerad", "");
        assertThat(m.rows()).extracting(InboxPage.Row::lastDay).containsExactly("tors 10 dec 2026", "mån 7 dec 2026",
                "fre 18 dec 2026", "mån 30 nov 2026", "");
        assertThat(m.rows()).extracting(InboxPage.Row::deadline).containsExactly("Återvinningsfrist",
                "Kvittens till Kronofogden", "Avhysning", "Förhandsbedömning", "Ingen öppen frist");
        assertThat(m.board()).isEqualTo("Nordost");
        assertThat(m.unit()).isEqualTo("vuxenenheten");
        assertThat(m.nextQuery()).isNull();
        assertThat(m.previousQuery()).isNull();
    }

    @Test
    void filtersAndPagesBecomeCaseServicesQuery() {
        FakeCaseService cases = new FakeCaseService();
        cases.items = java.util.stream.IntStream.range(0, InboxPage.PAGE_SIZE)
                .mapToObj(i -> summary(null, null, false)).toList();
        InboxPage.Model m = new InboxPage(cases, MONDAY).read(new InboxPage.Filters("EVICTION", "BREACHED", "true", "me", 3));
        assertThat(cases.asked).isEqualTo(new CaseService.InboxQuery("EVICTION", "BREACHED", true, "me", 25, 50));
        assertThat(m.previousQuery()).isEqualTo("?sida=2&typ=EVICTION&frist=BREACHED&barn=true&tilldelad=me");
        assertThat(m.nextQuery()).isEqualTo("?sida=4&typ=EVICTION&frist=BREACHED&barn=true&tilldelad=me");
    }

    @Test
    void unknownFilterValuesAreIgnored() {
        InboxPage.Filters f = new InboxPage.Filters("DROP TABLE", "SOON", "maybe", "everyone", -5);
        assertThat(f).isEqualTo(new InboxPage.Filters(null, null, null, "any", 1));
        assertThat(LocalDate.of(2026, 12, 18).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
    }
}
