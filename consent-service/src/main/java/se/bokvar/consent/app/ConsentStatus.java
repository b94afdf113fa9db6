package se.bokvar.consent.app;

import java.time.LocalDate;

import se.bokvar.rules.consent.ChangeKind;

/** Where a consent stands today. */
public enum ConsentStatus {
    ACTIVE, EXPIRED, WITHDRAWN;

    /** Wholly withdrawn, past its last day ({@code validUntil}, inclusive), or active. */
    public static ConsentStatus of(ChangeKind currentChange, LocalDate validUntil, LocalDate today) {
        if (currentChange == ChangeKind.WITHDRAWN) {
            return WITHDRAWN;
        }
        return validUntil != null && today.isAfter(validUntil) ? EXPIRED : ACTIVE;
    }
}
