package se.bokvar.consent;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.testsupport.time.SettableClock;

/**
 * The service's clock in tests: real time plus an offset a test can move, so end dates can pass without sleeping.
 * Replaces platform-commons' default clock bean. Tests reset it after themselves.
 */
@ApplicationScoped
public class TestClock extends SettableClock {

    public TestClock() {
        super(Mode.RUNNING);
    }
}
