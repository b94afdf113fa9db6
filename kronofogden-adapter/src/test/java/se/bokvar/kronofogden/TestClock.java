package se.bokvar.kronofogden;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.testsupport.time.SettableClock;

/**
 * The tests' clock: real time shifted by an offset the test sets, so a test can put "now" at 23:59 on a given day
 * (or jump past an alert time) while deliveries and retries still run in real time. Replaces the platform's
 * default clock bean. Every test that moves it resets it.
 */
@ApplicationScoped
public class TestClock extends SettableClock {

    public TestClock() {
        super(Mode.RUNNING);
    }
}
