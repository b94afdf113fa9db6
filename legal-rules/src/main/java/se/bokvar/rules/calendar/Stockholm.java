package se.bokvar.rules.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The platform's one time zone: every date is a calendar day in Europe/Stockholm. */
public final class Stockholm {

    /** Europe/Stockholm. */
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Stockholm() {
    }

    /** Today's date in Stockholm according to {@code clock} (whatever zone the clock itself carries). */
    public static LocalDate today(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        return dateOf(clock.instant());
    }

    /** The Stockholm calendar day that contains {@code instant}. */
    public static LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant must not be null");
        return LocalDate.ofInstant(instant, STOCKHOLM);
    }
}
