package se.bokvar.cases;

import jakarta.inject.Singleton;

import se.bokvar.testsupport.time.SettableClock;

/**
 * The service's clock in tests: the system clock until a test sets it, then a fixed instant the test moves (no
 * sleeping). Replaces platform-commons' default Clock bean. Tests reset it when done.
 */
@Singleton
public class TestClock extends SettableClock {

    public TestClock() {
        super(SettableClock.Mode.FROZEN);
    }
}
