package se.bokvar.kronofogden.app.eviction;

import java.time.OffsetDateTime;

/**
 * An update from Kronofogden to a case it notified before.
 *
 * @param updateId   Kronofogden's id of the update message (idempotency)
 * @param evictionAt the new date and time: required for kinds that carry one, absent for the others
 */
public record EvictionUpdateCommand(String updateId, UpdateKind kind, OffsetDateTime evictionAt, String comment) {
}
