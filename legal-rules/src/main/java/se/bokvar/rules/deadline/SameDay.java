package se.bokvar.rules.deadline;

import static se.bokvar.rules.calendar.Stockholm.STOCKHOLM;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bokvar.rules.calendar.Stockholm;

/**
 * "Samma dag": Kronofogden's underrättelse om avhysning must be acknowledged (receipt confirmed and the
 * responsible caseworker named) the same calendar day it is received, in Europe/Stockholm (handbook ch. 4.2 and
 * ch. 7 step 5, citing 5 kap. 4 § SoF).
 */
public final class SameDay {

    private SameDay() {
    }

    /** The Stockholm calendar day on which something was received. */
    public static LocalDate dayOf(Instant received) {
        return Stockholm.dateOf(received);
    }

    /**
     * The last instant of {@code day} in Stockholm: the next midnight minus one nanosecond. Correct on the
     * 23-hour and 25-hour days when daylight saving time starts or ends.
     */
    public static Instant endOfDay(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return day.plusDays(1).atStartOfDay(STOCKHOLM).toInstant().minusNanos(1);
    }

    /** Whether {@code acknowledged} falls on the same Stockholm calendar day as {@code received}. */
    public static boolean isSameDay(Instant received, Instant acknowledged) {
        Objects.requireNonNull(received, "received must not be null");
        Objects.requireNonNull(acknowledged, "acknowledged must not be null");
        return dayOf(received).equals(dayOf(acknowledged));
    }

    /**
     * The instant of a cut-off time of day (e.g. 16:00, after which a notice is unlikely to be handled the same
     * day) on a Stockholm day. A local time that does not exist (in the spring-forward gap) gives the instant the
     * gap starts; one that occurs twice (autumn) gives the earlier: an uncertain cut-off errs early.
     */
    public static Instant cutOff(LocalDate day, LocalTime cutOffTime) {
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(cutOffTime, "cutOffTime must not be null");
        LocalDateTime local = LocalDateTime.of(day, cutOffTime);
        ZoneRules rules = STOCKHOLM.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(offsets.get(0));
    }

    /**
     * The state of the same-day acknowledgement of a notice received at {@code received}: {@link
     * DeadlineState#MET} if acknowledged by the end of that Stockholm day, {@link DeadlineState#BREACHED} if
     * acknowledged later or not at all by then, otherwise {@link DeadlineState#PENDING}.
     */
    public static DeadlineState acknowledgementState(
            Instant received, Optional<Instant> acknowledged, Instant now) {
        Objects.requireNonNull(received, "received must not be null");
        Objects.requireNonNull(acknowledged, "acknowledged must not be null (use Optional.empty())");
        Objects.requireNonNull(now, "now must not be null");
        Instant deadline = endOfDay(dayOf(received));
        if (acknowledged.isPresent()) {
            return acknowledged.get().isAfter(deadline) ? DeadlineState.BREACHED : DeadlineState.MET;
        }
        return now.isAfter(deadline) ? DeadlineState.BREACHED : DeadlineState.PENDING;
    }
}
