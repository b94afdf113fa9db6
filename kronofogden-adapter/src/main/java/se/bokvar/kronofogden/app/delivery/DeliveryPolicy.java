package se.bokvar.kronofogden.app.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.SameDay;

/** When to try a delivery again, and when an unconfirmed acknowledgement is overdue. Plain functions. */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    /**
     * The wait after the {@code attempts}-th failed attempt: {@code initial}, then doubled each time, never more
     * than {@code max}.
     */
    public static Duration backoff(int attempts, Duration initial, Duration max) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * The Stockholm day an acknowledgement is due. The first acknowledgement of a notice is due the day the notice
     * was received ({@code dueOn}, samma dag), even if it is named later (then it is overdue at once); an updated
     * acknowledgement after a reassignment is due the day it is named, or the notice's day if that is later.
     */
    public static LocalDate dueDay(int sequence, LocalDate dueOn, Instant namedAt) {
        Objects.requireNonNull(dueOn, "dueOn");
        if (sequence <= 1) {
            return dueOn;
        }
        LocalDate namedOn = Stockholm.dateOf(namedAt);
        return namedOn.isAfter(dueOn) ? namedOn : dueOn;
    }

    /**
     * When supervisors are alerted if the acknowledgement is still not confirmed: at {@code alertTime} on the due
     * day; for one named later than that (or too close to it), {@code grace} after it was named; and never later
     * than the end of the due day, since after that the same-day rule is broken.
     */
    public static Instant overdueAt(LocalDate dueDay, Instant namedAt, LocalTime alertTime, Duration grace) {
        Instant alert = SameDay.cutOff(dueDay, alertTime);
        Instant afterGrace = namedAt.plus(grace);
        Instant at = afterGrace.isAfter(alert) ? afterGrace : alert;
        Instant endOfDay = SameDay.endOfDay(dueDay);
        return at.isAfter(endOfDay) ? endOfDay : at;
    }
}
