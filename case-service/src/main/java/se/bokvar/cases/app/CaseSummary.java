package se.bokvar.cases.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an inbox or search result. */
@Schema(name = "CaseSummary")
public record CaseSummary(UUID id, String board, String status, OffsetDateTime openedAt, String street,
        String postalCode, String childrenKnown, String assignedTo, LocalDate actBy,
        @Schema(description = "The highest notice kind on the case") String escalation,
        @Schema(description = "The most urgent open deadline: which, and when it passes") String urgentDeadline,
        OffsetDateTime urgentAt, boolean breached, int noticesWithoutPosition, boolean urgent) {
}
