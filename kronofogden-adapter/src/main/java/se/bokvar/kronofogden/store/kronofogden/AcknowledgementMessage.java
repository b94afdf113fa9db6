package se.bokvar.kronofogden.store.kronofogden;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The acknowledgement (bekräftelse) to Kronofogden naming the responsible caseworker. Contract:
 * docs/kronofogden/schemas/acknowledgement.schema.json.
 */
public record AcknowledgementMessage(UUID acknowledgementId, String kfmCaseNumber, int sequence, Kind kind,
        OffsetDateTime noticeReceivedAt, CaseworkerMessage responsibleCaseworker, String basis,
        String socialServicesReference, OffsetDateTime namedAt) {

    /** ACKNOWLEDGEMENT (sequence 1) or UPDATED_ACKNOWLEDGEMENT (a new responsible caseworker). */
    public enum Kind {
        ACKNOWLEDGEMENT, UPDATED_ACKNOWLEDGEMENT;

        /** The kind of the acknowledgement of naming {@code sequence}. */
        public static Kind of(int sequence) {
            return sequence > 1 ? UPDATED_ACKNOWLEDGEMENT : ACKNOWLEDGEMENT;
        }
    }

    /** The caseworker as Kronofogden and the tenant see them: name and how to reach them. */
    public record CaseworkerMessage(String name, String phone, String email, String unit) {
    }
}
