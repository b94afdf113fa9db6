package se.bokvar.rules.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * The municipality's retention settings, with the statutory values as defaults ({@link #statutory()}).
 *
 * <p><b>Case records</b> (socialtjänstlagen (2001:453) 12 kap. 1 § första stycket, carried over into
 * socialtjänstlagen (2025:400)): erased "fem år efter det att sista anteckningen gjordes i akten". A record may be
 * erased from {@linkplain #erasableFrom the day after} {@code lastEntry + period}, and the erasure must be done by
 * {@linkplain #eraseBy 31 December of the following calendar year}. A period counts as
 * {@link LocalDate#plus(java.time.temporal.TemporalAmount)} does: five years from 29 February end on 28 February.
 *
 * <p><b>Research exception</b> (socialtjänstförordningen (2001:937) 7 kap. 2 §): records about people born on
 * the 5th, 15th or 25th of a month are never erased. The municipality may turn the exception off; the days are
 * configurable for completeness (the statute names 5, 15 and 25).
 *
 * <p><b>Audit trail</b>: how long the record of an erasure (and the other audit entries about a case) is kept is
 * <em>not</em> set by the statutes above; it is a <em>municipal decision</em> (the board's document management
 * plan, dokumenthanteringsplan). The default of ten years is this project's proposal, deliberately longer than the
 * case period so that the trail outlives the records it accounts for.
 *
 * @param period                   how long a case record is kept after its last entry (statute: five years);
 *                                 positive, no negative component
 * @param researchExceptionEnabled whether records about people born on {@code researchDays} are kept
 *                                 (statute: yes)
 * @param researchDays             the days of the month (1–31) of the research exception (statute: 5, 15, 25)
 * @param auditTrailPeriod         how long an audit record is kept after the day it was written (municipal
 *                                 decision, default ten years); positive, no negative component
 */
public record RetentionPolicy(
        Period period,
        boolean researchExceptionEnabled,
        Set<Integer> researchDays,
        Period auditTrailPeriod) {

    /** Socialtjänstlagen (2001:453) 12 kap. 1 § första stycket: five years after the last entry. */
    public static final Period STATUTORY_PERIOD = Period.ofYears(5);

    /** Socialtjänstförordningen (2001:937) 7 kap. 2 §: people born on the 5th, 15th or 25th of a month. */
    public static final Set<Integer> STATUTORY_RESEARCH_DAYS = Set.of(5, 15, 25);

    /** The default audit-trail period: a municipal decision, not statute. */
    public static final Period DEFAULT_AUDIT_TRAIL_PERIOD = Period.ofYears(10);

    private static final RetentionPolicy STATUTORY =
            new RetentionPolicy(STATUTORY_PERIOD, true, STATUTORY_RESEARCH_DAYS, DEFAULT_AUDIT_TRAIL_PERIOD);

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if a value is missing, a period is zero or has a negative component, or a
     *                                  research day is not 1–31
     */
    public RetentionPolicy {
        requirePositive(period, "period");
        requirePositive(auditTrailPeriod, "auditTrailPeriod");
        if (researchDays == null) {
            throw new IllegalArgumentException("researchDays must not be null");
        }
        for (Integer day : researchDays) {
            if (day == null) {
                throw new IllegalArgumentException("researchDays must not contain null");
            }
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("a research day must be a day of the month, 1-31");
            }
        }
        researchDays = Set.copyOf(researchDays);
    }

    /** The statutory settings: five years, research exception on for the 5th, 15th and 25th, audit ten years. */
    public static RetentionPolicy statutory() {
        return STATUTORY;
    }

    /** These settings with the research exception turned on or off. */
    public RetentionPolicy withResearchException(boolean enabled) {
        return new RetentionPolicy(period, enabled, researchDays, auditTrailPeriod);
    }

    /** These settings with another case-record period. */
    public RetentionPolicy withPeriod(Period newPeriod) {
        return new RetentionPolicy(newPeriod, researchExceptionEnabled, researchDays, auditTrailPeriod);
    }

    /** These settings with another audit-trail period. */
    public RetentionPolicy withAuditTrailPeriod(Period newAuditTrailPeriod) {
        return new RetentionPolicy(period, researchExceptionEnabled, researchDays, newAuditTrailPeriod);
    }

    /**
     * The day the period after {@code lastEntry} has ended: {@code lastEntry + period} (the last day of the
     * period).
     */
    public LocalDate periodEnds(LocalDate lastEntry) {
        requireDate(lastEntry, "lastEntry");
        return lastEntry.plus(period);
    }

    /**
     * The first day a record whose last entry is {@code lastEntry} may be erased, on its own: the day after
     * {@link #periodEnds}. (2020-02-29 with five years: the period ends 2025-02-28, erasable from 2025-03-01.)
     */
    public LocalDate erasableFrom(LocalDate lastEntry) {
        return periodEnds(lastEntry).plusDays(1);
    }

    /**
     * The last day by which a record whose last entry is {@code lastEntry} must be erased: 31 December of the
     * calendar year after the year in which the period ended (2020-02-29: 2026-12-31).
     *
     * <p>The statute has the erasure done at the latest in the calendar year after the duty to erase arose. When
     * the period ends on 31 December (last entry on 31 December), the duty could be read as arising on 1 January,
     * which would allow one more year; this rule counts from the year in which the period ended, the earlier of
     * the two readings (2020-12-31: erasable from 2026-01-01, erased by 2026-12-31, never 2027-12-31).
     */
    public LocalDate eraseBy(LocalDate lastEntry) {
        return LocalDate.of(periodEnds(lastEntry).getYear() + 1, 12, 31);
    }

    /**
     * Whether the research exception keeps records about {@code person}: it is enabled and the person was born on
     * one of {@link #researchDays()} (for a samordningsnummer, the written day minus 60).
     */
    public boolean keepsForResearch(PersonalIdentityNumber person) {
        if (person == null) {
            throw new IllegalArgumentException("person must not be null");
        }
        return researchExceptionEnabled && researchDays.contains(person.birthDate().getDayOfMonth());
    }

    /**
     * The first day an audit record written on {@code recordedOn} may be erased: the day after
     * {@code recordedOn + auditTrailPeriod}. A municipal decision, not statute (see the class comment).
     */
    public LocalDate auditRecordErasableFrom(LocalDate recordedOn) {
        requireDate(recordedOn, "recordedOn");
        return recordedOn.plus(auditTrailPeriod).plusDays(1);
    }

    private static void requirePositive(Period value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, with no negative component");
        }
    }

    private static void requireDate(LocalDate value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
