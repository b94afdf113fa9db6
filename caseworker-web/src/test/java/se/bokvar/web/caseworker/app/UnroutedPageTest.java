package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;

/** Ej fördelade underrättelser in pages: case-service lists the oldest up to a limit (500 at most) and no offset. */
class UnroutedPageTest {

    static List<CaseJson.Summary> queue(int n) {
        return IntStream.range(0, n).mapToObj(i -> new CaseJson.Summary(UUID.randomUUID(), null, "OPENED",
                OffsetDateTime.parse("2026-12-01T10:00:00+01:00"), "Utmarksvägen " + (i + 1), "429 31", "UNKNOWN",
                null, null, "TERMINATION_UNPAID_RENT", null, null, false, 0, false)).toList();
    }

    @Test
    void eachPageAsksForTheCasesUpToItAndShowsItsOwnFifty() {
        FakeOversight service = new FakeOversight();
        service.unrouted = queue(230);
        UnroutedPage page = new UnroutedPage(service, StatisticsPageTest.TODAY, List.of("nordost"));

        UnroutedPage.Model first = page.read(1);
        assertThat(first.rows()).hasSize(UnroutedPage.PAGE_SIZE);
        assertThat(first.rows().get(0).street()).isEqualTo("Utmarksvägen 1");
        assertThat(first.previous()).isFalse();
        assertThat(first.next()).isTrue();
        assertThat(first.capped()).isFalse();

        UnroutedPage.Model fifth = page.read(5);
        assertThat(fifth.rows()).extracting(UnroutedPage.Row::street).startsWith("Utmarksvägen 201").endsWith("Utmarksvägen 230");
        assertThat(fifth.first()).isEqualTo(201);
        assertThat(fifth.last()).isEqualTo(230);
        assertThat(fifth.previous()).isTrue();
        assertThat(fifth.next()).isFalse();
        assertThat(fifth.previousPage()).isEqualTo(4);
        assertThat(service.asked).containsExactly("unrouted 51", "unrouted 251");
    }

    @Test
    void theLastPageCaseServiceCanGiveSaysSoAndAPageOutOfRangeIsTheNearest() {
        FakeOversight service = new FakeOversight();
        service.unrouted = queue(620);
        UnroutedPage page = new UnroutedPage(service, StatisticsPageTest.TODAY, List.of("nordost"));
        UnroutedPage.Model tenth = page.read(10);
        assertThat(tenth.rows()).hasSize(50);
        assertThat(tenth.first()).isEqualTo(451);
        assertThat(tenth.next()).isFalse();
        assertThat(tenth.capped()).isTrue();
        assertThat(page.read(11).page()).isEqualTo(10);
        assertThat(page.read(-3).page()).isEqualTo(1);
        assertThat(page.read(9).capped()).isFalse();
        assertThat(service.asked).containsExactly("unrouted 500", "unrouted 500", "unrouted 51", "unrouted 451");
    }
}
