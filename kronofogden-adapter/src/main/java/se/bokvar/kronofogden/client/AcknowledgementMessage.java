package se.bokvar.kronofogden.client;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The acknowledgement (bekräftelse) to Kronofogden naming the responsible caseworker. Contract:
 * docs/kronofogden/schemas/acknowledgement.schema.json.
 *
 * @param kind ACKNOWLEDGEMENT (sequence 1) or UPDATED_ACKNOWLEDGEMENT (a new responsible caseworker)
 */
public record AcknowledgementMessage(UUID acknowledgementId, String kfmCaseNumber, int sequence, String kind,
        OffsetDateTime noticeReceivedAt, CaseworkerMessage responsibleCaseworker, String basis,
        String socialServicesReference, OffsetDateTime namedAt) {

    /** The caseworker as Kronofogden and the tenant see them: name and how to reach them. */
    public record CaseworkerMessage(String name, String phone, String email, String unit) {
    }
}
