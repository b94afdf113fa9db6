package se.bokvar.rules.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Where a watched deadline stands. */
public enum DeadlineState {

    /** Not yet done, and the last day has not passed. */
    PENDING,

    /** Done on or before the last day. */
    MET,

    /** Done late, or not done and the last day has passed. */
    BREACHED,

    /** The deadline does not apply to this case (e.g. the debt was paid before the notice). */
    NOT_APPLICABLE;

    /**
     * The state of a deadline whose last permitted day is {@code lastDay}, given the day it was done (if it was)
     * and today's date (Europe/Stockholm).
     */
    public static DeadlineState evaluate(LocalDate lastDay, Optional<LocalDate> doneOn, LocalDate today) {
        Objects.requireNonNull(lastDay, "lastDay must not be null");
        Objects.requireNonNull(doneOn, "doneOn must not be null (use Optional.empty())");
        Objects.requireNonNull(today, "today must not be null");
        if (doneOn.isPresent()) {
            return doneOn.get().isAfter(lastDay) ? BREACHED : MET;
        }
        return today.isAfter(lastDay) ? BREACHED : PENDING;
    }
}
