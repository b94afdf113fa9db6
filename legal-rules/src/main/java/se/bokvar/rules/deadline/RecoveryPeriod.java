package se.bokvar.rules.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.bokvar.rules.calendar.SwedishCalendar;

/**
 * Återvinningsfrist (Jordabalken 12 kap. 44 §; bostadsrättslagen 7 kap. 23 §): the tenant keeps the flat if,
 * within this period, the debt is paid or socialnämnden commits in writing to pay it.
 *
 * <p>The period counts from the <em>later</em> of the day the termination was served on the tenant (delgivning)
 * and the day socialnämnden received the notice: the statutes require both. Its length is
 * {@link TenureKind#recoveryPeriodWeeks()} and its end is computed under lag (1930:173)
 * ({@link StatutoryPeriod#weeksFrom}).
 *
 * @param start       the day counted from (delgivning or receipt, whichever is later)
 * @param nominalEnd  the same weekday the given number of weeks later (lag 1930:173, 1 §), before any move
 * @param lastDay     the last day to pay or commit: {@code nominalEnd}, moved past deadline-extending days (2 §)
 * @param tenure      the form of tenure, which gives the length and the legal basis
 * @param provisional {@code true} when the date of delgivning is unknown and the period was counted from the
 *                    receipt date: then {@code lastDay} is the <em>earliest</em> day the period can end, and it
 *                    must be recomputed once delgivning is known
 * @param legalBasis  the statute, e.g. "Jordabalken 12 kap. 44 §"
 */
public record RecoveryPeriod(
        LocalDate start,
        LocalDate nominalEnd,
        LocalDate lastDay,
        TenureKind tenure,
        boolean provisional,
        String legalBasis) {

    /** Checks that the components are present and agree with each other. */
    public RecoveryPeriod {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(nominalEnd, "nominalEnd must not be null");
        Objects.requireNonNull(lastDay, "lastDay must not be null");
        Objects.requireNonNull(tenure, "tenure must not be null");
        Objects.requireNonNull(legalBasis, "legalBasis must not be null");
        if (!nominalEnd.equals(StatutoryPeriod.nominalWeeksFrom(start, tenure.recoveryPeriodWeeks()))
                || !lastDay.equals(StatutoryPeriod.weeksFrom(start, tenure.recoveryPeriodWeeks()))) {
            throw new IllegalArgumentException("nominalEnd and lastDay do not follow from start and tenure");
        }
        if (legalBasis.isBlank()) {
            throw new IllegalArgumentException("legalBasis must not be blank");
        }
    }

    /**
     * Computes the återvinningsfrist.
     *
     * @param tenure                    the form of tenure
     * @param servedOnTenant            the day the termination was served on the tenant (delgivning), if known; it
     *                                  may be before or after the receipt date
     * @param receivedBySocialServices  the day socialnämnden received the notice
     * @return the period counted from the later of the two days; when delgivning is unknown it counts from the
     *         receipt date and is marked {@link #provisional()}: the earliest day the period can end, which is the
     *         one to show ("where uncertain, show the earlier date")
     */
    public static RecoveryPeriod compute(
            TenureKind tenure, Optional<LocalDate> servedOnTenant, LocalDate receivedBySocialServices) {
        Objects.requireNonNull(tenure, "tenure must not be null");
        Objects.requireNonNull(servedOnTenant, "servedOnTenant must not be null (use Optional.empty())");
        Objects.requireNonNull(receivedBySocialServices, "receivedBySocialServices must not be null");
        LocalDate start = servedOnTenant
                .filter(served -> served.isAfter(receivedBySocialServices))
                .orElse(receivedBySocialServices);
        int weeks = tenure.recoveryPeriodWeeks();
        return new RecoveryPeriod(
                start,
                StatutoryPeriod.nominalWeeksFrom(start, weeks),
                StatutoryPeriod.weeksFrom(start, weeks),
                tenure,
                servedOnTenant.isEmpty(),
                tenure.legalBasis());
    }

    /** Whether the last day to pay or commit has passed on {@code today} (Europe/Stockholm). */
    public boolean hasExpired(LocalDate today) {
        Objects.requireNonNull(today, "today must not be null");
        return today.isAfter(lastDay);
    }

    /** Whether the end was moved by lag (1930:173) 2 § (the nominal end was a weekend, holiday or afton). */
    public boolean wasMoved() {
        return !lastDay.equals(nominalEnd);
    }

    /**
     * Why the end was moved from {@link #nominalEnd()}, in Swedish (e.g. "lördag", "annandag jul"); empty when it was
     * not moved.
     */
    public List<String> movedBecause() {
        return wasMoved() ? SwedishCalendar.whyNoPeriodEndsOn(nominalEnd) : List.of();
    }
}
