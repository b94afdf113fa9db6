package se.bokvar.rules.notice;

import java.util.Collection;

/**
 * The kinds of notice (underrättelse) social services receive, in order of escalation: a household's case is as
 * urgent as the highest kind among its notices (handbook ch. 4–5). The landlord sends the first three
 * (notice-intake-service); Kronofogden sends the last (kronofogden-adapter).
 */
public enum NoticeKind {
    /** Early warning before any formal notice: late payments, complaints, concern for children. */
    EARLY_WARNING,
    /** Anmodan om rättelse (JB 12:25, 12:42): disturbances or lack of care; precedes a termination. */
    RECTIFICATION_REQUEST,
    /** Uppsägning pga. obetald hyra / avgift (JB 12:44, BRL 7:23): starts the recovery period. */
    TERMINATION_UNPAID_RENT,
    /** Underrättelse om avhysning from Kronofogden: a date for the eviction. */
    EVICTION;

    /** The highest of the given kinds in the order of escalation, or {@code fallback} if there are none. */
    public static NoticeKind highest(Collection<NoticeKind> kinds, NoticeKind fallback) {
        return kinds.stream().max(Enum::compareTo).orElse(fallback);
    }

    /** Whether this kind is more urgent than {@code other}. */
    public boolean isAbove(NoticeKind other) {
        return compareTo(other) > 0;
    }

    /** Whether a landlord sends this kind (all but an eviction, which comes from Kronofogden). */
    public boolean fromLandlord() {
        return this != EVICTION;
    }
}
