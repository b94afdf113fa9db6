package se.bokvar.web.caseworker.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.commons.format.Countdown;
import se.bokvar.web.commons.format.SwedishDates;

/** The desk's reading of case-service's deadlines: which day is the last one, and the countdown to it. */
final class Deadlines {

    private Deadlines() {
    }

    /** The last Stockholm day before {@code passesAt} (a deadline that passes at midnight ends the day before). */
    static LocalDate lastDayBefore(OffsetDateTime passesAt) {
        return passesAt == null ? null : Stockholm.dateOf(passesAt.toInstant().minusNanos(1));
    }

    /**
     * "flyttad från lör 26 dec 2026: lördag, annandag jul": where the last day of a period was moved from, and why, in
     * case-service's words (legal-rules names the reasons); empty when it was not moved.
     */
    static String movedFrom(LocalDate nominalEnd, List<String> reasons) {
        if (nominalEnd == null || reasons == null || reasons.isEmpty()) {
            return "";
        }
        return "flyttad från " + SwedishDates.date(nominalEnd) + ": " + String.join(", ", reasons);
    }

    /**
     * The countdown for a deadline in {@code state}: a pending or breached one counts to its last day; one that was
     * met or does not apply has none.
     */
    static Countdown.Left countdown(String state, LocalDate lastDay, LocalDate today) {
        if (lastDay == null || state == null) {
            return null;
        }
        return switch (state) {
            case "PENDING" -> Countdown.until(lastDay, today);
            case "BREACHED" -> new Countdown.Left("passerad", Countdown.Urgency.PASSED, 0);
            default -> null;
        };
    }
}
