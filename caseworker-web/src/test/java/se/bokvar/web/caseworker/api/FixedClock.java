package se.bokvar.web.caseworker.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/** The tests' today: Monday 7 December 2026, 09:00 in Stockholm. */
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Produces
    @ApplicationScoped
    @Alternative
    @Priority(1)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
