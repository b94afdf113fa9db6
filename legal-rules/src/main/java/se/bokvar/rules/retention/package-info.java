/**
 * Retention (gallring) of a household case's social-services record: when it may be erased, when the erasure must
 * be done, and when it is never erased.
 *
 * <ol>
 * <li><b>Five years after the last entry.</b> Socialtjänstlagen (2001:453) 12 kap. 1 § första stycket: the record
 * is erased "fem år efter det att sista anteckningen gjordes i akten" (carried over into socialtjänstlagen
 * (2025:400)). It may be erased from the day after {@code lastEntry + 5 years}, and the erasure must be done by
 * 31 December of the calendar year after the year in which those five years ended.</li>
 * <li><b>Not while a later case is kept.</b> The record is one person's akt: a case is kept as long as any case
 * that shares a person with it, directly or through a chain of shared persons, is not yet erasable. In effect the
 * whole group is erasable from the day after the latest last entry in the group plus five years.</li>
 * <li><b>Research exception.</b> Socialtjänstförordningen (2001:937) 7 kap. 2 §: records about people born on the
 * 5th, 15th or 25th of a month are never erased. For a samordningsnummer the birth day is the written day minus
 * 60 ({@link se.bokvar.rules.identity.PersonalIdentityNumber#birthDate()}). A case is kept if any person on it was
 * born on such a day. The municipality can turn the exception off.</li>
 * </ol>
 *
 * <p>Everything is configurable with the statutory values as defaults ({@link RetentionPolicy}); the audit trail
 * has its own, longer period, which is a municipal decision and not statute. The rule is {@link Retention#decide};
 * dates are passed in (Europe/Stockholm), no clock is read. A decision's reason never contains personal data.
 */
package se.bokvar.rules.retention;
