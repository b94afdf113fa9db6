package se.bokvar.rules.deadline;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Who is named responsible to Kronofogden for an eviction notice, and when (handbook ch. 7 step 5; 5 kap. 4 § SoF:
 * acknowledge the same day, naming the responsible caseworker). The case's assigned caseworker if there is one;
 * otherwise, from a cut-off time of day (configurable, e.g. 14:00) on the day of receipt — at once if the notice
 * arrives after it — the board's duty caseworker of that day, or for an unrouted case the central duty caseworker.
 * Any change after the naming (another caseworker, another board) names again.
 */
public final class AcknowledgementResponsibility {

    /** On what ground a caseworker was named (the contract's {@code basis}). */
    public enum Basis {
        /** The case's assigned caseworker. */
        ASSIGNED,
        /** The board's duty caseworker of the day, at the cut-off. */
        DUTY,
        /** The central duty caseworker, for an unrouted case. */
        CENTRAL_DUTY,
        /** A later change after the first naming. */
        REASSIGNED
    }

    /**
     * What to do now.
     *
     * @param basis     the basis to name on now, or null to wait
     * @param waitUntil the cut-off to wait for when {@code basis} is null
     */
    public record Decision(Basis basis, Instant waitUntil) {
        public boolean nameNow() {
            return basis != null;
        }
    }

    private AcknowledgementResponsibility() {
    }

    /**
     * The decision for a notice received at {@code receivedAt}, not yet named.
     *
     * @param cutOffTime the time of day after which the duty caseworker is named
     * @param assigned   whether the case has an assigned caseworker
     * @param routed     whether the case belongs to a board (else: the central duty caseworker)
     * @param now        the current instant
     */
    public static Decision decide(Instant receivedAt, LocalTime cutOffTime, boolean assigned, boolean routed,
            Instant now) {
        Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        Objects.requireNonNull(cutOffTime, "cutOffTime must not be null");
        Objects.requireNonNull(now, "now must not be null");
        if (assigned) {
            return new Decision(Basis.ASSIGNED, null);
        }
        Instant cutOff = cutOff(receivedAt, cutOffTime);
        if (!receivedAt.isBefore(cutOff) || !now.isBefore(cutOff)) {
            return new Decision(duty(routed), null);
        }
        return new Decision(null, cutOff);
    }

    /** The cut-off instant on the Stockholm day of receipt. */
    public static Instant cutOff(Instant receivedAt, LocalTime cutOffTime) {
        return SameDay.cutOff(SameDay.dayOf(receivedAt), cutOffTime);
    }

    /** The duty caseworker's basis: the board's, or central for an unrouted case. */
    public static Basis duty(boolean routed) {
        return routed ? Basis.DUTY : Basis.CENTRAL_DUTY;
    }
}
