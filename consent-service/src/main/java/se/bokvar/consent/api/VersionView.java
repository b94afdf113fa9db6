package se.bokvar.consent.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.RecordedVersion;

/** One version of a consent, as recorded. */
@Schema(name = "ConsentVersion")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(
        @Schema(example = "2") int version,
        @Schema(description = "GIVEN, CHANGED, PARTLY_WITHDRAWN, WITHDRAWN", example = "PARTLY_WITHDRAWN") String change,
        @Schema(description = "What the consent covers from this version on (empty lists once wholly withdrawn)") ScopeView scope,
        @Schema(description = "What this version added (all of it for version 1)") ScopeView added,
        @Schema(description = "What this version withdrew") ScopeView removed,
        @Schema(description = "How this version was given: WRITTEN or ORAL_DOCUMENTED", example = "ORAL_DOCUMENTED") String form,
        @Schema(description = "The day the person gave, extended or withdrew consent", example = "2026-11-22") LocalDate givenOn,
        @Schema(example = "2027-05-31") LocalDate validUntil,
        @Schema(example = "TRESERVA-2026-11-20-0042") String signedFormReference,
        String note,
        @Schema(description = "The caseworker who documented it (username)", example = "anna") String documentedBy,
        @Schema(example = "Anna Handläggare") String documentedByName,
        OffsetDateTime recordedAt) {

    static VersionView from(RecordedVersion v) {
        return new VersionView(v.version(), v.change().name(), ScopeView.from(v.scope()), ScopeView.from(v.added()),
                ScopeView.from(v.removed()), v.form() == null ? null : v.form().name(), v.givenOn(), v.validUntil(),
                v.signedFormReference(), v.note(), v.documentedBy(), v.documentedByName(), v.recordedAt());
    }
}
