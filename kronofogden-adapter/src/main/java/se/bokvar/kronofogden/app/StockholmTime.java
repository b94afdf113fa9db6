package se.bokvar.kronofogden.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import se.bokvar.rules.calendar.Stockholm;

/** Times as the adapter stores and shows them: Europe/Stockholm offsets, at the database's precision. */
public final class StockholmTime {

    private StockholmTime() {
    }

    /** The instant with Stockholm's offset at that moment. */
    public static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.ofInstant(instant, Stockholm.STOCKHOLM);
    }

    /** The instant with Stockholm's offset, or null. */
    public static OffsetDateTime ofNullable(Instant instant) {
        return instant == null ? null : of(instant);
    }

    /** Now, at the database's precision (microseconds): a receipt given now equals the one read back later. */
    public static Instant nowInMicros(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
