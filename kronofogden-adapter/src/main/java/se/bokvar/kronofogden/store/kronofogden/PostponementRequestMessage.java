package se.bokvar.kronofogden.store.kronofogden;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request for postponement (anstånd). Contract: docs/kronofogden/schemas/postponement-request.schema.json. */
public record PostponementRequestMessage(UUID requestId, String kfmCaseNumber, String grounds, String motivation,
        AcknowledgementMessage.CaseworkerMessage requestedBy, OffsetDateTime requestedAt, String socialServicesReference) {
}
