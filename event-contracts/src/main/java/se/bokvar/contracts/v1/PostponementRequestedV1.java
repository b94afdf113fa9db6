package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A caseworker asks Kronofogden to postpone an eviction (anstånd).
 *
 * @param grounds NEW_HOME_SOON, SOCIAL_SERVICES_NEED_TIME, ILLNESS, OTHER_SOCIAL_GROUNDS (handbook)
 */
public record PostponementRequestedV1(UUID requestId, UUID caseId, String kfmCaseNumber, String grounds,
        String motivation, CaseworkerV1 requestedBy, Instant requestedAt) {
}
