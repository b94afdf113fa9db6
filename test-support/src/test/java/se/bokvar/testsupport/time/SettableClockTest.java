package se.bokvar.testsupport.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import se.bokvar.testsupport.time.SettableClock.Mode;

class SettableClockTest {

    private static final Duration SLACK = Duration.ofSeconds(5);

    private static void assertNear(Instant actual, Instant expected) {
        assertThat(Duration.between(expected, actual).abs()).isLessThan(SLACK);
    }

    @Test
    void startsOnRealTimeInStockholmInEitherMode() {
        for (Mode mode : Mode.values()) {
            SettableClock clock = new SettableClock(mode);
            assertThat(clock.getZone()).isEqualTo(SettableClock.STOCKHOLM);
            assertNear(clock.instant(), Instant.now());
        }
        assertThat(new SettableClock().mode()).isEqualTo(Mode.RUNNING);
    }

    @Test
    void aFrozenClockStandsStillWhereItWasSet() throws InterruptedException {
        SettableClock clock = new SettableClock(Mode.FROZEN);
        clock.set("2026-03-12T23:56");
        Instant expected = ZonedDateTime.of(2026, 3, 12, 23, 56, 0, 0, SettableClock.STOCKHOLM).toInstant();
        assertThat(clock.instant()).isEqualTo(expected);
        Thread.sleep(20);
        assertThat(clock.instant()).isEqualTo(expected);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(expected.plus(Duration.ofMinutes(5)));
        clock.setTo(LocalDateTime.of(2026, 7, 1, 12, 0));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        clock.reset();
        assertNear(clock.instant(), Instant.now());
    }

    @Test
    void advancingAFrozenClockOnRealTimeFreezesIt() throws InterruptedException {
        SettableClock clock = new SettableClock(Mode.FROZEN);
        clock.advance(Duration.ofDays(1));
        Instant frozen = clock.instant();
        assertNear(frozen, Instant.now().plus(Duration.ofDays(1)));
        Thread.sleep(20);
        assertThat(clock.instant()).isEqualTo(frozen);
    }

    @Test
    void aRunningClockRunsOnFromWhereItWasSet() throws InterruptedException {
        SettableClock clock = new SettableClock(Mode.RUNNING);
        clock.setTo(LocalDateTime.of(2026, 3, 12, 23, 59));
        Instant set = ZonedDateTime.of(2026, 3, 12, 23, 59, 0, 0, SettableClock.STOCKHOLM).toInstant();
        assertNear(clock.instant(), set);
        Thread.sleep(50);
        assertThat(clock.instant()).isAfter(set);
        clock.advance(Duration.ofHours(2));
        assertNear(clock.instant(), set.plus(Duration.ofHours(2)));
        clock.reset();
        assertNear(clock.instant(), Instant.now());
        clock.advance(Duration.ofDays(1));
        assertNear(clock.instant(), Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void anotherZoneIsAViewThatFollowsTheClock() {
        SettableClock clock = new SettableClock(Mode.FROZEN);
        assertThat(clock.withZone(SettableClock.STOCKHOLM)).isSameAs(clock);
        var utc = clock.withZone(ZoneOffset.UTC);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        clock.set("2026-01-15T10:00");
        assertThat(utc.instant()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(utc.millis()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z").toEpochMilli());
        assertThat(utc.withZone(SettableClock.STOCKHOLM)).isSameAs(clock);
    }
}
