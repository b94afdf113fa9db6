package se.bokvar.consent.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.RecordedConsent;

/** A consent record with its current version and (when read one by one) its whole history. */
@Schema(name = "Consent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentView(
        UUID id,
        UUID caseId,
        @Schema(description = "Canonical 12 digits", example = "198503152384") String personalIdentityNumber,
        @Schema(example = "CONSENT") String legalGround,
        @Schema(description = "ACTIVE, EXPIRED (its end date has passed) or WITHDRAWN (wholly)", example = "ACTIVE") String status,
        OffsetDateTime createdAt,
        String createdBy,
        VersionView current,
        @Schema(description = "Every version, oldest first (only when one consent is read)") List<VersionView> versions) {

    static ConsentView from(RecordedConsent c) {
        return new ConsentView(c.id(), c.caseId(), c.personalIdentityNumber(), c.legalGround().name(), c.status().name(),
                c.createdAt(), c.createdBy(), VersionView.from(c.current()),
                c.versions() == null ? null : c.versions().stream().map(VersionView::from).toList());
    }
}
