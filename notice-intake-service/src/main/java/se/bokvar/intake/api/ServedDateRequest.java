package se.bokvar.intake.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.RecentDate;

/** The day the termination was served on the tenant (delgivning), learned after the notice was sent. */
@Schema(name = "ServedDate")
public record ServedDateRequest(
        @Schema(description = "The day of delgivning: not in the future, at most 400 days ago", example = "2026-11-20")
        @NotNull @RecentDate LocalDate servedOn) {
}
