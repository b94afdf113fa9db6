package se.bokvar.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The services' clock in tests, in Europe/Stockholm: time rules are tested without sleeping. A plain class; each
 * service declares a tiny CDI subclass in its test sources ({@code @Singleton} or {@code @ApplicationScoped}, with
 * {@code @Alternative} where a test profile enables it) that replaces platform-commons' default {@link Clock} bean
 * (test-support has no Jandex index, so a bean declared here would not be discovered).
 * <p>
 * Two modes:
 * <ul>
 * <li>{@link Mode#RUNNING}: real time shifted by an offset. {@code set} moves "now" and it runs on from there, so
 * deliveries, retries and schedulers keep working in real time; {@link #advance} moves the offset.</li>
 * <li>{@link Mode#FROZEN}: real time until a test sets it, then a fixed instant that moves only when told
 * ({@link #set}, {@link #advance}; advancing a clock still on real time freezes it at now plus the duration).</li>
 * </ul>
 * {@link #reset()} returns either mode to real time. Tests that move the clock reset it when done.
 */
public class SettableClock extends Clock {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Whether a set time keeps running ({@link #RUNNING}) or stands still ({@link #FROZEN}). */
    public enum Mode {
        /** Real time plus an offset: "now" runs on from where a test set it. */
        RUNNING,
        /** Real time until set, then a fixed instant that moves only when told. */
        FROZEN
    }

    private final Mode mode;
    /** FROZEN only: the fixed instant, or null while on real time. */
    private volatile Instant fixed;
    /** RUNNING only: how far "now" is from real time. */
    private volatile Duration offset = Duration.ZERO;

    /** A {@link Mode#RUNNING} clock on real time. */
    public SettableClock() {
        this(Mode.RUNNING);
    }

    /** A clock of the given mode, on real time until a test sets it. */
    public SettableClock(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public Mode mode() {
        return mode;
    }

    /** Now becomes {@code instant} (and, {@link Mode#RUNNING}, runs on from there). */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (mode == Mode.FROZEN) {
            fixed = instant;
        } else {
            offset = Duration.between(Instant.now(), instant);
        }
    }

    /** Now becomes {@code stockholmDateTime}, an ISO local date-time such as {@code 2026-03-12T23:56}. */
    public void set(String stockholmDateTime) {
        setTo(LocalDateTime.parse(stockholmDateTime));
    }

    /** Now becomes {@code stockholmTime} (Europe/Stockholm). */
    public void setTo(LocalDateTime stockholmTime) {
        set(stockholmTime.atZone(STOCKHOLM).toInstant());
    }

    /** Moves now forward by {@code by} (backwards if negative). */
    public void advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (mode == Mode.FROZEN) {
            fixed = instant().plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to real time. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return STOCKHOLM;
    }

    /** A view of this clock in another zone: it follows every later set, advance and reset. */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.equals(STOCKHOLM) ? this : new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now().plus(offset);
    }

    private static final class Zoned extends Clock {

        private final SettableClock base;
        private final ZoneId zone;

        Zoned(SettableClock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return base.withZone(other);
        }

        @Override
        public Instant instant() {
            return base.instant();
        }
    }
}
