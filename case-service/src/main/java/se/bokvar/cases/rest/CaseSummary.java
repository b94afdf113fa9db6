package se.bokvar.cases.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of an inbox or search result. */
@Schema(name = "CaseSummary")
public record CaseSummary(UUID id, String board, String status, OffsetDateTime openedAt, String street,
        String postalCode, String childrenKnown, String assignedTo, LocalDate actBy) {
}
