package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LiveInboxUnitTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    final LiveInbox live = new LiveInbox(Clock.fixed(NOW, ZoneOffset.UTC));

    static String at(Instant i) {
        return Long.toString(i.getEpochSecond());
    }

    @Test
    void aVisitWithinTenMinutesKeepsTheInboxLive() {
        assertThat(live.visitedNow()).isEqualTo(at(NOW));
        assertThat(live.stillLive(live.visitedNow())).isTrue();
        assertThat(live.stillLive(at(NOW.minus(LiveInbox.LIVE_FOR)))).isTrue();
        assertThat(live.stillLive(at(NOW.minus(LiveInbox.LIVE_FOR).minusSeconds(1)))).isFalse();
    }

    static final UUID A = UUID.fromString("0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d");
    static final UUID B = UUID.fromString("0b9c2d4e-2222-4a5b-9c3d-2e4f6a8b0c1d");
    static final UUID C = UUID.fromString("7c000000-0000-4000-8000-000000000003");
    static final UUID N1 = UUID.fromString("6f1d3c9a-0000-4000-8000-000000000001");
    static final UUID N2 = UUID.fromString("6f1d3c9a-0000-4000-8000-000000000002");

    static InboxPage.Model showing(List<UUID> cases, List<UUID> notices) {
        List<InboxPage.Row> rows = cases.stream().map(id -> new InboxPage.Row(id, "Gatan 1", "415 02", "", false, "",
                "", "", "", "", "NONE", null, "", 0)).toList();
        List<InboxPage.Awaiting> awaiting = notices.stream()
                .map(id -> new InboxPage.Awaiting(A, "", "", "", "", id)).toList();
        return new InboxPage.Model("Nordost", "vuxenenheten", new InboxPage.Filters(null, null, null, null, 1), rows,
                awaiting, 1, null, null);
    }

    @Test
    void marksAreShortHashesOfTheIdsNeverPersonalDataAndTellCasesWithTheSamePrefixApart() {
        InboxPage.Model m = showing(List.of(A, B), List.of(N1));
        assertThat(m.shownCases()).matches("[0-9a-f]{8}\\.[0-9a-f]{8}").doesNotContain("0b9c2d4e");
        assertThat(m.shownNotices()).matches("[0-9a-f]{8}");
        assertThat(LiveInbox.mark(A)).isNotEqualTo(LiveInbox.mark(B));
        assertThat(showing(List.of(), List.of()).shownCases()).isEmpty();
    }

    @Test
    void anUpdateSaysWhatIsNewInSwedishAndNothingWhenNothingIs() {
        InboxPage.Model before = showing(List.of(A), List.of(N1));
        String cases = before.shownCases();
        String notices = before.shownNotices();
        assertThat(LiveInbox.announcement(cases, notices, before)).isEmpty();
        assertThat(LiveInbox.announcement(cases, notices, showing(List.of(A, B), List.of(N1))))
                .isEqualTo("1 nytt ärende i inkorgen");
        assertThat(LiveInbox.announcement(cases, notices, showing(List.of(C, A, B), List.of(N1))))
                .isEqualTo("2 nya ärenden i inkorgen");
        assertThat(LiveInbox.announcement(cases, notices, showing(List.of(A), List.of(N2, N1))))
                .isEqualTo("1 ny underrättelse väntar på ställningstagande");
        assertThat(LiveInbox.announcement("", "", showing(List.of(A), List.of(N1, N2))))
                .isEqualTo("1 nytt ärende i inkorgen. 2 nya underrättelser väntar på ställningstagande");
        // a case gone (closed, taken by another filter) is no news
        assertThat(LiveInbox.announcement(cases, notices, showing(List.of(), List.of()))).isEmpty();
        // a page that sent no marks, or junk: it is not known what it showed, so nothing is said
        assertThat(LiveInbox.announcement(null, notices, showing(List.of(A, B), List.of(N1)))).isEmpty();
        assertThat(LiveInbox.announcement("<script>", notices, showing(List.of(A, B), List.of(N1)))).isEmpty();
        assertThat(LiveInbox.announcement(cases + ".", notices, showing(List.of(A, B), List.of(N1)))).isEmpty();
    }

    @Test
    void noVisitJunkOrAVisitFromTheFutureDoesNot() {
        assertThat(live.stillLive(null)).isFalse();
        assertThat(live.stillLive("")).isFalse();
        assertThat(live.stillLive("-5")).isFalse();
        assertThat(live.stillLive("12a")).isFalse();
        assertThat(live.stillLive("9".repeat(40))).isFalse();
        assertThat(live.stillLive(at(NOW.plusSeconds(3600)))).isFalse();
        assertThat(live.stillLive(at(NOW.plusSeconds(30)))).as("a clock a little ahead").isTrue();
    }
}
