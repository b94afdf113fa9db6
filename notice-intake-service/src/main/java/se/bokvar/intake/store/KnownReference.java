package se.bokvar.intake.store;

import java.util.UUID;

import se.bokvar.rules.notice.NoticeKind;

/**
 * A landlord's reference already taken by a notice: what a new notice with the same kind and reference is compared
 * with.
 *
 * @param requestHash the fingerprint of the notice as first received
 * @param receipt     the receipt given then (JSON), replayed for the same content
 */
public record KnownReference(NoticeKind kind, String landlordReference, UUID noticeId, String requestHash, String receipt) {
}
