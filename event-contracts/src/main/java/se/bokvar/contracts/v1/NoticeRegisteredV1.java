package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * case-service registered a notice on a case: notice-intake-service marks it "handed to case management".
 * Carries nothing about the case itself (the landlord may not know what social services do).
 */
public record NoticeRegisteredV1(UUID noticeId, String source, Instant registeredAt) {
}
