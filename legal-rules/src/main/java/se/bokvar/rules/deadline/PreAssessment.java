package se.bokvar.rules.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Förhandsbedömning (handbook 5.2): after a matter is opened (aktualisering) the pre-assessment should not run
 * longer than about two to four weeks unless there are special reasons (no contact yet, waiting for the
 * återvinningsfrist, motivating contacts). A guideline, not a bar: {@link #status(LocalDate)} drives warnings and
 * never blocks anything.
 *
 * <p>Immutable; {@link #extend(LocalDate, String)} returns a new instance and keeps every earlier extension.
 */
public final class PreAssessment {

    /** Default target: two weeks after the matter was opened. */
    public static final int DEFAULT_TARGET_DAYS = 14;

    /** Default limit: four weeks after the matter was opened. */
    public static final int DEFAULT_LIMIT_DAYS = 28;

    /** How a pre-assessment stands against its target and limit. */
    public enum State {
        /** On or before the target day. */
        ON_TRACK,
        /** After the target day, on or before the limit. */
        PAST_TARGET,
        /** After the limit (the extended limit, if extended). */
        PAST_LIMIT
    }

    /**
     * One extension of the limit, with its documented special reason.
     *
     * @param newLimit the limit after this extension
     * @param reason   why the pre-assessment may run longer (non-blank)
     */
    public record Extension(LocalDate newLimit, String reason) {

        /** Checks that both parts are present and the reason is not blank. */
        public Extension {
            Objects.requireNonNull(newLimit, "newLimit must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an extension needs a reason");
            }
        }
    }

    private final LocalDate opened;
    private final LocalDate target;
    private final LocalDate limit;
    private final List<Extension> extensions;

    private PreAssessment(LocalDate opened, LocalDate target, LocalDate limit, List<Extension> extensions) {
        this.opened = opened;
        this.target = target;
        this.limit = limit;
        this.extensions = List.copyOf(extensions);
    }

    /** A pre-assessment opened on {@code opened} with the default target (14 days) and limit (28 days). */
    public static PreAssessment opened(LocalDate opened) {
        return opened(opened, DEFAULT_TARGET_DAYS, DEFAULT_LIMIT_DAYS);
    }

    /**
     * A pre-assessment opened on {@code opened} with a target and a limit {@code targetDays} and {@code limitDays}
     * after it.
     *
     * @throws IllegalArgumentException unless {@code 0 < targetDays <= limitDays}
     */
    public static PreAssessment opened(LocalDate opened, int targetDays, int limitDays) {
        Objects.requireNonNull(opened, "opened must not be null");
        if (targetDays < 1) {
            throw new IllegalArgumentException("targetDays must be positive");
        }
        if (limitDays < targetDays) {
            throw new IllegalArgumentException("limitDays must not be less than targetDays");
        }
        return new PreAssessment(opened, opened.plusDays(targetDays), opened.plusDays(limitDays), List.of());
    }

    /** The day the matter was opened (aktualisering). */
    public LocalDate opened() {
        return opened;
    }

    /** The day the pre-assessment should be done by (default: opened + 14 days). */
    public LocalDate target() {
        return target;
    }

    /** The current limit (default: opened + 28 days; later once extended). */
    public LocalDate limit() {
        return limit;
    }

    /** Every extension so far, oldest first. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The reason given for the latest extension, if the limit was extended. */
    public Optional<String> extensionReason() {
        if (extensions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(extensions.get(extensions.size() - 1).reason());
    }

    /** Where the pre-assessment stands on {@code today} (Europe/Stockholm). A warning, never a block. */
    public State status(LocalDate today) {
        Objects.requireNonNull(today, "today must not be null");
        if (today.isAfter(limit)) {
            return State.PAST_LIMIT;
        }
        if (today.isAfter(target)) {
            return State.PAST_TARGET;
        }
        return State.ON_TRACK;
    }

    /**
     * Extends the limit for a documented special reason.
     *
     * @return a new pre-assessment with the later limit; this one is unchanged
     * @throws IllegalArgumentException if {@code newLimit} is not after the current limit or the reason is blank
     */
    public PreAssessment extend(LocalDate newLimit, String reason) {
        Extension extension = new Extension(newLimit, reason);
        if (!newLimit.isAfter(limit)) {
            throw new IllegalArgumentException("the new limit must be after the current limit");
        }
        List<Extension> all = new ArrayList<>(extensions);
        all.add(extension);
        return new PreAssessment(opened, target, newLimit, all);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PreAssessment)) {
            return false;
        }
        PreAssessment that = (PreAssessment) other;
        return opened.equals(that.opened)
                && target.equals(that.target)
                && limit.equals(that.limit)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opened, target, limit, extensions);
    }

    @Override
    public String toString() {
        return "PreAssessment[opened=" + opened + ", target=" + target + ", limit=" + limit
                + ", extensions=" + extensions.size() + "]";
    }
}
