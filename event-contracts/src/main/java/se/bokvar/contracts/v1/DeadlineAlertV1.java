package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bokvar.contracts.AddedLater;

/**
 * A deadline is near, or was breached. Announced exactly once per deadline, instance and alert kind.
 *
 * @param deadline     RECOVERY_PERIOD, PRE_ASSESSMENT, EVICTION, KFM_ACKNOWLEDGEMENT
 * @param alert        NEAR or BREACHED
 * @param dueOn        the deadline's day
 * @param board        the case's board (null when unrouted)
 * @param assignedTo   the assigned caseworker, if any
 * @param unit         the case's unit within the board: adult or children (null when unknown; added later, so
 *                     events published before it lack the field)
 */
public record DeadlineAlertV1(UUID alertId, UUID caseId, String deadline, String alert, LocalDate dueOn,
        Instant detectedAt, String board, String assignedTo, @AddedLater String unit) {
}
