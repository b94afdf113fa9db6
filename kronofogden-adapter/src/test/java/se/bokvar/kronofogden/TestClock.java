package se.bokvar.kronofogden;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tests' clock: real time shifted by an offset the test sets, so a test can put "now" at 23:59 on a given day
 * (or jump past an alert time) while deliveries and retries still run in real time. Replaces the platform's
 * default clock bean. Every test that moves it resets it.
 */
@ApplicationScoped
public class TestClock extends Clock {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Now becomes {@code stockholmTime} (Europe/Stockholm) and runs on from there. */
    public void setTo(LocalDateTime stockholmTime) {
        offset = Duration.between(Instant.now(), stockholmTime.atZone(STOCKHOLM).toInstant());
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
