package se.bokvar.cases;

import java.util.Collection;

/**
 * The kinds of notice a case can hold, ordered by how far the threat to the home has come: an early warning, then a
 * request to rectify, then a termination, then Kronofogden's eviction notice. A case's {@code escalation} is the
 * highest kind among its active notices.
 */
public enum NoticeKind {
    /** Late payments, complaints, concern for children, before any formal notice. */
    EARLY_WARNING,
    /** Anmodan om rättelse (JB 12:25, 12:42): disturbances or lack of care. */
    RECTIFICATION_REQUEST,
    /** Uppsägning pga. obetald hyra (JB 12:44, BRL 7:23): starts the recovery period. */
    TERMINATION_UNPAID_RENT,
    /** Underrättelse om avhysning from Kronofogden: a date for the eviction. */
    EVICTION;

    /** The highest of the given kinds, or {@code fallback} if there are none. */
    public static NoticeKind highest(Collection<NoticeKind> kinds, NoticeKind fallback) {
        return kinds.stream().max(Enum::compareTo).orElse(fallback);
    }

    public boolean isAbove(NoticeKind other) {
        return compareTo(other) > 0;
    }
}
