package se.bokvar.cases.app.casework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recorded step.
 *
 * @param flags    e.g. SENT_AFTER_RECOVERY_PERIOD: recorded, and flagged for the supervisor
 * @param warnings e.g. RECOVERY_PERIOD_ENDS_WITHIN_A_DAY
 * @param consent  the consent decision, for a step that discloses something (NOT_REQUIRED for asking the reporting
 *                 landlord)
 */
@Schema(name = "RecordedStep")
public record StepResult(UUID id, String kind, String status, OffsetDateTime performedAt, String performedBy,
        String caseStatus, List<String> flags, List<String> warnings, ConsentDecision consent) {

    public record ConsentDecision(String decision, String reason, String consentId, Integer consentVersion) {
    }
}
