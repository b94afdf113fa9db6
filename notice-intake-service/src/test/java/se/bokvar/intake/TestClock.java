package se.bokvar.intake;

import java.time.Instant;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import se.bokvar.testsupport.time.SettableClock;

/**
 * A clock the tests set (enabled by {@link ClockTestProfile} only): time rules are tested without sleeping. Frozen,
 * from the moment it is made, at the instant a test sets.
 */
@Alternative
@Singleton
public class TestClock extends SettableClock {

    public TestClock() {
        super(Mode.FROZEN);
        set(Instant.now());
    }
}
