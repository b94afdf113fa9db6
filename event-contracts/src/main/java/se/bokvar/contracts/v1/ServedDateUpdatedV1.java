package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The landlord learned when the termination was served on the tenant (delgivning) and tells social services.
 * This sets the start of the recovery period; it is not a correction.
 */
public record ServedDateUpdatedV1(UUID updateId, UUID noticeId, String landlordId, Instant receivedAt,
        LocalDate servedOn, KeysV1 keys) {
}
