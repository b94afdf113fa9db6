package se.bokvar.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import se.bokvar.rules.calendar.Stockholm;

/**
 * The service's clock in tests: the system clock until a test sets it, then a fixed instant the test moves (no
 * sleeping). Replaces platform-commons' default Clock bean. Tests reset it when done.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void advance(Duration d) {
        this.fixed = instant().plus(d);
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return Stockholm.STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
