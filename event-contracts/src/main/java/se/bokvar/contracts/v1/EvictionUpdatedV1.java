package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An update from Kronofogden to an eviction case it notified before.
 *
 * @param update        NEW_DATE, POSTPONED (anstånd granted), CANCELLED (återkallad), CARRIED_OUT (verkställd)
 * @param evictionAt    the new date and time (NEW_DATE, POSTPONED), else null
 * @param comment       Kronofogden's note
 */
public record EvictionUpdatedV1(UUID updateId, String kfmCaseNumber, Instant receivedAt, String update,
        OffsetDateTime evictionAt, String comment, KeysV1 keys) {
}
