package se.bokvar.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** A clock the tests set (enabled by {@link ClockTestProfile} only): time rules are tested without sleeping. */
@Alternative
@Singleton
public class TestClock extends Clock {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    public void set(String stockholmDateTime) {
        now.set(LocalDateTime.parse(stockholmDateTime).atZone(STOCKHOLM).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return STOCKHOLM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
