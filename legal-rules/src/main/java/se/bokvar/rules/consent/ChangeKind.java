package se.bokvar.rules.consent;

/** What a version of a consent record did. */
public enum ChangeKind {
    /** The first version: the consent was given (or the other legal ground recorded). */
    GIVEN,
    /** The scope was extended, or the end date, form or signed-form reference changed; nothing was removed. */
    CHANGED,
    /** Some parties, purposes or categories were withdrawn; the rest still holds. */
    PARTLY_WITHDRAWN,
    /** Wholly withdrawn: the record covers nothing any more and cannot change again. */
    WITHDRAWN;

    /** True for the two kinds of withdrawal. */
    public boolean isWithdrawal() {
        return this == PARTLY_WITHDRAWN || this == WITHDRAWN;
    }
}
