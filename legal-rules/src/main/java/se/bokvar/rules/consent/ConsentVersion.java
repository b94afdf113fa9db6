package se.bokvar.rules.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a consent record: the full scope after the change, never a difference. Versions are never
 * rewritten; a change is a new version.
 *
 * @param version    1 for the first, then 2, 3, ...
 * @param change     what this version did
 * @param scope      what the record covers from this version on ({@link Scope#EMPTY} once wholly withdrawn)
 * @param form       how this version was given (the consent, its extension or the withdrawal); null for a legal
 *                   ground other than consent
 * @param givenOn    the day the person gave (or withdrew) consent, or the ground was assessed (Stockholm date)
 * @param validUntil the last day the record holds (inclusive, Stockholm date), or null for "until withdrawn"
 * @param recordedAt when the version was recorded
 */
public record ConsentVersion(int version, ChangeKind change, Scope scope, ConsentForm form, LocalDate givenOn,
        LocalDate validUntil, Instant recordedAt) {

    public ConsentVersion {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        Objects.requireNonNull(change, "change must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(givenOn, "givenOn must not be null");
        Objects.requireNonNull(recordedAt, "recordedAt must not be null");
        if ((version == 1) != (change == ChangeKind.GIVEN)) {
            throw new IllegalArgumentException("version 1, and only version 1, is GIVEN");
        }
    }

    /** True if the record has ended by {@code today}: {@code validUntil} lies before it. */
    public boolean hasExpired(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }
}
