package se.bokvar.kronofogden.app.eviction;

import java.time.Duration;
import java.time.Instant;

import se.bokvar.platform.problem.ProblemException;

/** The checks on an eviction's date and time that Kronofogden sends. */
final class EvictionDateCheck {

    /** How far ahead an eviction date may lie (a typo guard, not a legal limit). */
    static final Duration MAX_AHEAD = Duration.ofDays(400);

    private EvictionDateCheck() {
    }

    /** Fails as a validation problem of {@code field} unless {@code at} lies after {@code now} and within MAX_AHEAD. */
    static void requireFuture(String field, Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw ProblemException.validation(field, "must be in the future");
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw ProblemException.validation(field, "must be at most " + MAX_AHEAD.toDays() + " days ahead");
        }
    }
}
