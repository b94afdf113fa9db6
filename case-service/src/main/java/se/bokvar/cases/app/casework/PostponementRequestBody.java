package se.bokvar.cases.app.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.rules.casework.PostponementGrounds;

/**
 * A request to Kronofogden to postpone an eviction (anstånd med verkställighet), with the handbook's grounds. It tells
 * Kronofogden about the household, so it rests on a person's consent (or another recorded legal ground).
 */
@Schema(name = "PostponementRequest")
public record PostponementRequestBody(
        @Schema(description = "Kronofogden's case number of the eviction", example = "KFM-2026-12345") @NotBlank @Size(max = 64) String kfmCaseNumber,
        @Schema(description = "NEW_HOME_SOON (the tenant gets a new home within a reasonable time), SOCIAL_SERVICES_NEED_TIME (to arrange housing), ILLNESS, OTHER_SOCIAL_GROUNDS (allmän social hänsyn)", example = "SOCIAL_SERVICES_NEED_TIME")
        @NotNull PostponementGrounds grounds,
        @Schema(description = "Why, for Kronofogden", example = "A sublet from the housing office starts on the 1st", maxLength = 4000)
        @NotBlank @Size(max = 4000) String motivation,
        @Schema(description = "Whose consent the request rests on (a member of the household); default the first tenant", maxLength = 13)
        @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber) {
}
