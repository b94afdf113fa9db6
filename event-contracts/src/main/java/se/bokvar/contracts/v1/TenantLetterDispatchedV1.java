package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The copy to the tenant was sent through the letter channel.
 *
 * @param letterId          the letter's id at the adapter
 * @param html              the letter (Swedish, printable HTML) exactly as sent
 * @param providerReference the print-and-post or digital-mailbox provider's reference
 */
public record TenantLetterDispatchedV1(UUID letterId, UUID caseId, String kfmCaseNumber, Instant dispatchedAt,
        String providerReference, String html) {
}
