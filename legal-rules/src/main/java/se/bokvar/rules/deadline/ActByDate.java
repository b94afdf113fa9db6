package se.bokvar.rules.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The caseworker's act-by date, which a correction never moves later: a corrected notice (NJA 1985 s. 586) may
 * yield a later computed deadline, but the date the caseworker was told stays the earliest one ever computed.
 * Both are kept so both can be shown.
 *
 * @param actBy          the earliest date ever computed: the one the caseworker acts by
 * @param latestComputed the most recently computed date (may be later than {@code actBy})
 */
public record ActByDate(LocalDate actBy, LocalDate latestComputed) {

    /** Checks that both dates are present and {@code actBy} is not after {@code latestComputed}. */
    public ActByDate {
        Objects.requireNonNull(actBy, "actBy must not be null");
        Objects.requireNonNull(latestComputed, "latestComputed must not be null");
        if (actBy.isAfter(latestComputed)) {
            throw new IllegalArgumentException("actBy must not be after latestComputed");
        }
    }

    /** The first computed date: act by it. */
    public static ActByDate first(LocalDate computed) {
        return new ActByDate(computed, computed);
    }

    /** After a recomputation: keeps the earlier act-by date and records {@code recomputed} as the latest. */
    public ActByDate withRecomputed(LocalDate recomputed) {
        Objects.requireNonNull(recomputed, "recomputed must not be null");
        return new ActByDate(recomputed.isBefore(actBy) ? recomputed : actBy, recomputed);
    }

    /** Whether the latest computation differs from the act-by date (then the UI shows both). */
    public boolean differs() {
        return !actBy.equals(latestComputed);
    }

    /**
     * The earliest of {@code dates}.
     *
     * @throws IllegalArgumentException if {@code dates} is empty
     * @throws NullPointerException     if {@code dates} or any element is null
     */
    public static LocalDate earliest(Collection<LocalDate> dates) {
        Objects.requireNonNull(dates, "dates must not be null");
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("dates must not be empty");
        }
        LocalDate earliest = null;
        for (LocalDate date : dates) {
            Objects.requireNonNull(date, "dates must not contain null");
            if (earliest == null || date.isBefore(earliest)) {
                earliest = date;
            }
        }
        return earliest;
    }
}
