package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
