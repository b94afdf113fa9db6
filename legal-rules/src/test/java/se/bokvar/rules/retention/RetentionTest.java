package se.bokvar.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bokvar.rules.retention.People.born;
import static se.bokvar.rules.retention.People.caseId;
import static se.bokvar.rules.retention.People.caseOf;
import static se.bokvar.rules.retention.People.coordination;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.retention.RetentionDecision.Status;

/** Concrete dates for each part of the retention rule (SoL 12 kap. 1 §, SoF 7 kap. 2 §). */
class RetentionTest {

    private static final RetentionPolicy STATUTORY = RetentionPolicy.statutory();
    /** Born on the 12th and the 8th: never research days. */
    private static final PersonalIdentityNumber ANNA = born("1980-03-12");
    private static final PersonalIdentityNumber BO = born("1982-07-08");
    private static final PersonalIdentityNumber CIA = born("1979-11-21");
    private static final PersonalIdentityNumber DAN = born("1991-01-30");

    private static RetentionDecision decide(CaseRecord subject, String today, CaseRecord... others) {
        return Retention.decide(STATUTORY, subject, List.of(others), LocalDate.parse(today));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class FiveYearsAfterTheLastEntry {

        @ParameterizedTest(name = "last entry {0}: period ends {1}, erasable from {2}, erase by {3}")
        @CsvSource({
            "2019-06-10, 2024-06-10, 2024-06-11, 2025-12-31",
            "2020-02-29, 2025-02-28, 2025-03-01, 2026-12-31", // leap day: five years later is 28 February
            "2024-02-29, 2029-02-28, 2029-03-01, 2030-12-31",
            "2019-02-28, 2024-02-28, 2024-02-29, 2025-12-31", // erasable from a leap day
            "2019-03-01, 2024-03-01, 2024-03-02, 2025-12-31",
            "2020-12-31, 2025-12-31, 2026-01-01, 2026-12-31", // five years end on 31 December
            "2021-01-01, 2026-01-01, 2026-01-02, 2027-12-31",
            "2000-01-01, 2005-01-01, 2005-01-02, 2006-12-31",
            "2040-12-31, 2045-12-31, 2046-01-01, 2046-12-31",
        })
        void datesFollowFromTheLastEntry(LocalDate lastEntry, LocalDate periodEnds, LocalDate erasableFrom,
                LocalDate eraseBy) {
            assertThat(STATUTORY.periodEnds(lastEntry)).isEqualTo(periodEnds);
            assertThat(STATUTORY.erasableFrom(lastEntry)).isEqualTo(erasableFrom);
            assertThat(STATUTORY.eraseBy(lastEntry)).isEqualTo(eraseBy);
            RetentionDecision decision =
                    Retention.decide(STATUTORY, CaseRecord.of(caseId(1), lastEntry, ANNA), List.of(), lastEntry);
            assertThat(decision.erasableFrom()).isEqualTo(erasableFrom);
            assertThat(decision.eraseBy()).isEqualTo(eraseBy);
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
            "2019-06-10, KEEP",
            "2022-01-01, KEEP",
            "2024-06-10, KEEP",    // the five years end today: still kept
            "2024-06-11, DUE",     // the day after
            "2025-01-01, DUE",
            "2025-12-31, DUE",     // the last day of the following calendar year
            "2026-01-01, OVERDUE",
            "2040-06-01, OVERDUE",
        })
        void statusOnEachSideOfTheDates(String today, Status expected) {
            RetentionDecision decision = decide(caseOf(1, "2019-06-10", ANNA), today);
            assertThat(decision.status()).isEqualTo(expected);
            assertThat(decision.erasableFrom()).isEqualTo(date("2024-06-11"));
            assertThat(decision.eraseBy()).isEqualTo(date("2025-12-31"));
            assertThat(decision.legalBasis()).isEqualTo(Retention.FIVE_YEAR_RULE);
            assertThat(decision.mayErase()).isEqualTo(expected == Status.DUE || expected == Status.OVERDUE);
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
            "2025-02-28, KEEP",
            "2025-03-01, DUE",
            "2026-12-31, DUE",
            "2027-01-01, OVERDUE",
        })
        void leapDayLastEntry(String today, Status expected) {
            RetentionDecision decision = decide(caseOf(1, "2020-02-29", ANNA), today);
            assertThat(decision.status()).isEqualTo(expected);
            assertThat(decision.erasableFrom()).isEqualTo(date("2025-03-01"));
            assertThat(decision.eraseBy()).isEqualTo(date("2026-12-31"));
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
            "2025-12-31, KEEP",
            "2026-01-01, DUE",
            "2026-12-31, DUE",
            "2027-01-01, OVERDUE",
        })
        void fiveYearsEndingOnNewYearsEveLeaveOneCalendarYearToErase(String today, Status expected) {
            RetentionDecision decision = decide(caseOf(1, "2020-12-31", ANNA), today);
            assertThat(decision.status()).isEqualTo(expected);
            assertThat(decision.erasableFrom()).isEqualTo(date("2026-01-01"));
            assertThat(decision.eraseBy()).isEqualTo(date("2026-12-31"));
        }

        @Test
        void overOneWholeTimelineTheStatusOnlyMovesForward() {
            CaseRecord subject = caseOf(1, "2020-02-29", ANNA);
            List<Status> seen = new ArrayList<>();
            for (LocalDate day = date("2019-01-01"); day.isBefore(date("2028-01-01")); day = day.plusDays(1)) {
                Status status = Retention.decide(STATUTORY, subject, List.of(), day).status();
                if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                    seen.add(status);
                }
            }
            assertThat(seen).containsExactly(Status.KEEP, Status.DUE, Status.OVERDUE);
        }

        @Test
        void aLastEntryAfterTodayIsSimplyKept() {
            RetentionDecision decision = decide(caseOf(1, "2030-01-01", ANNA), "2026-01-01");
            assertThat(decision.status()).isEqualTo(Status.KEEP);
            assertThat(decision.erasableFrom()).isEqualTo(date("2035-01-02"));
        }

        @Test
        void aCaseWithNoPeopleFollowsItsOwnDates() {
            CaseRecord empty = caseOf(1, "2015-05-01");
            CaseRecord alsoEmpty = caseOf(2, "2020-05-01");
            RetentionDecision decision = decide(empty, "2020-05-02", alsoEmpty);
            assertThat(decision.status()).isEqualTo(Status.DUE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2020-05-02"));
        }

        @Test
        void aLongerPeriodSetByTheMunicipality() {
            RetentionPolicy policy = STATUTORY.withPeriod(Period.ofYears(7));
            CaseRecord subject = caseOf(1, "2020-02-29", ANNA);
            RetentionDecision decision = Retention.decide(policy, subject, List.of(), date("2027-03-01"));
            assertThat(decision.status()).isEqualTo(Status.DUE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2027-03-01"));
            assertThat(decision.eraseBy()).isEqualTo(date("2028-12-31"));
        }

        @Test
        void aPeriodInMonthsAndDays() {
            RetentionPolicy policy = STATUTORY.withPeriod(Period.of(0, 18, 10));
            assertThat(policy.periodEnds(date("2020-08-31"))).isEqualTo(date("2022-03-10"));
            assertThat(policy.erasableFrom(date("2020-08-31"))).isEqualTo(date("2022-03-11"));
            assertThat(policy.eraseBy(date("2020-08-31"))).isEqualTo(date("2023-12-31"));
        }
    }

    @Nested
    class NotWhileALaterCaseIsKept {

        private final CaseRecord older = caseOf(1, "2015-05-01", ANNA);
        private final CaseRecord later = caseOf(2, "2018-09-01", ANNA, BO);

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
            "2019-01-01, KEEP",                // neither period has ended
            "2020-05-01, KEEP",                // the older case's own five years end today
            "2020-05-02, KEPT_FOR_LATER_CASE", // its own would allow erasure, the later case keeps it
            "2023-09-01, KEPT_FOR_LATER_CASE",
            "2023-09-02, DUE",                 // the later case's five years have ended too
            "2024-12-31, DUE",
            "2025-01-01, OVERDUE",
        })
        void theOlderCaseIsKeptAsLongAsTheLaterOne(String today, Status expected) {
            RetentionDecision decision = decide(older, today, later);
            assertThat(decision.status()).isEqualTo(expected);
            assertThat(decision.erasableFrom()).isEqualTo(date("2023-09-02"));
            assertThat(decision.eraseBy()).isEqualTo(date("2024-12-31"));
            assertThat(decision.legalBasis()).isEqualTo(Retention.FIVE_YEAR_RULE);
        }

        @Test
        void theLaterCaseIsNotAffectedByTheOlderOne() {
            RetentionDecision decision = decide(later, "2023-09-02", older);
            assertThat(decision.status()).isEqualTo(Status.DUE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2023-09-02"));
        }

        @Test
        void anEarlierCaseOfTheSamePersonChangesNothing() {
            CaseRecord earlier = caseOf(3, "2010-01-01", ANNA);
            assertThat(decide(older, "2020-05-02", earlier))
                    .isEqualTo(decide(older, "2020-05-02"))
                    .extracting(RetentionDecision::status).isEqualTo(Status.DUE);
        }

        @Test
        void aCaseOnTheSameDayIsNotLater() {
            CaseRecord sameDay = caseOf(3, "2015-05-01", ANNA, BO);
            assertThat(decide(older, "2020-05-01", sameDay).status()).isEqualTo(Status.KEEP);
            assertThat(decide(older, "2020-05-02", sameDay).status()).isEqualTo(Status.DUE);
        }

        @Test
        void aLaterCaseWhoseFiveYearsEndOnTheSameDayDoesNotKeepIt() {
            // 2020-02-28 and 2020-02-29 plus five years both end on 2025-02-28
            CaseRecord subject = caseOf(1, "2020-02-28", ANNA);
            CaseRecord leapDay = caseOf(2, "2020-02-29", ANNA);
            assertThat(decide(subject, "2025-02-28", leapDay).status()).isEqualTo(Status.KEEP);
            assertThat(decide(subject, "2025-03-01", leapDay).status()).isEqualTo(Status.DUE);
        }

        @Test
        void aChainOfSharedPersonsKeepsTheWholeGroup() {
            CaseRecord a = caseOf(1, "2010-01-15", ANNA);
            CaseRecord b = caseOf(2, "2012-06-30", ANNA, BO);
            CaseRecord c = caseOf(3, "2016-11-11", BO, CIA);
            CaseRecord unrelated = caseOf(4, "2030-01-01", DAN);
            RetentionDecision decision = decide(a, "2020-01-01", b, c, unrelated);
            assertThat(decision.status()).isEqualTo(Status.KEPT_FOR_LATER_CASE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2021-11-12"));
            assertThat(decision.eraseBy()).isEqualTo(date("2022-12-31"));
            // the chain is what connects a and c: without b, c is unrelated to a
            assertThat(decide(a, "2020-01-01", c, unrelated).status()).isEqualTo(Status.OVERDUE);
            // the order of the other cases does not matter
            assertThat(decide(a, "2020-01-01", unrelated, c, b)).isEqualTo(decision);
        }

        @Test
        void anUnrelatedLaterCaseDoesNotKeepIt() {
            CaseRecord unrelated = caseOf(3, "2030-01-01", CIA);
            assertThat(decide(older, "2020-05-02", unrelated).status()).isEqualTo(Status.DUE);
        }

        @Test
        void theSamePersonUnderASamordningsnummerAndALaterPersonnummerIsNotLinked() {
            // the rule compares numbers: linking a samordningsnummer to a later personnummer is the caller's job
            PersonalIdentityNumber asCoordination = coordination("1980-03-12");
            CaseRecord withCoordination = caseOf(3, "2019-01-01", asCoordination);
            assertThat(decide(older, "2020-05-02", withCoordination).status()).isEqualTo(Status.DUE);
        }
    }

    @Nested
    class ResearchException {

        @ParameterizedTest(name = "born {0}")
        @ValueSource(strings = {"1985-04-05", "1990-10-15", "1975-01-25", "2000-02-25", "1944-12-05"})
        void peopleBornOnTheFifthFifteenthOrTwentyFifthAreNeverErased(String birth) {
            RetentionDecision decision = decide(caseOf(1, "2010-01-01", born(birth)), "2099-12-31");
            assertKeptForResearch(decision);
        }

        @ParameterizedTest(name = "born {0}")
        @ValueSource(strings = {"1985-04-04", "1985-04-06", "1990-10-14", "1990-10-16", "1975-01-24",
            "1975-01-26", "1980-01-01", "1980-01-31", "1980-01-30", "2000-02-29", "1955-05-10", "1955-05-20"})
        void peopleBornOnOtherDaysAreNot(String birth) {
            RetentionDecision decision = decide(caseOf(1, "2010-01-01", born(birth)), "2099-12-31");
            assertThat(decision.status()).isEqualTo(Status.OVERDUE);
        }

        @ParameterizedTest(name = "samordningsnummer with day {1}: born on the {2}th")
        @CsvSource({
            "1985-04-05, 65, 5",
            "1990-10-15, 75, 15",
            "1975-01-25, 85, 25",
        })
        void aSamordningsnummerCountsFromItsBirthDayNotItsWrittenDay(String birth, String writtenDay, int birthDay) {
            PersonalIdentityNumber person = coordination(birth);
            assertThat(person.isCoordinationNumber()).isTrue();
            assertThat(person.canonical().substring(6, 8)).isEqualTo(writtenDay);
            assertThat(person.birthDate().getDayOfMonth()).isEqualTo(birthDay);
            assertKeptForResearch(decide(caseOf(1, "2010-01-01", person), "2099-12-31"));
        }

        @ParameterizedTest(name = "samordningsnummer born {0}")
        @ValueSource(strings = {"1985-04-01", "1985-04-04", "1985-04-06", "1990-10-14", "1990-10-16",
            "1975-01-24", "1975-01-26", "1975-01-31", "2000-02-29"})
        void aSamordningsnummerOnAnotherDayIsNotKept(String birth) {
            PersonalIdentityNumber person = coordination(birth);
            assertThat(person.isCoordinationNumber()).isTrue();
            assertThat(decide(caseOf(1, "2010-01-01", person), "2099-12-31").status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void everyDayOfALeapYearForBothKindsOfNumber() {
            RetentionPolicy off = STATUTORY.withResearchException(false);
            int kept = 0;
            for (LocalDate birth = date("2000-01-01"); birth.getYear() == 2000; birth = birth.plusDays(1)) {
                boolean researchDay = Set.of(5, 15, 25).contains(birth.getDayOfMonth());
                for (PersonalIdentityNumber person : List.of(born(birth, 991), coordination(birth, 991))) {
                    CaseRecord subject = CaseRecord.of(caseId(1), date("2010-01-01"), person);
                    RetentionDecision decision = Retention.decide(STATUTORY, subject, List.of(), date("2030-01-01"));
                    assertThat(decision.status() == Status.KEPT_FOR_RESEARCH)
                            .as("%s", birth).isEqualTo(researchDay);
                    assertThat(STATUTORY.keepsForResearch(person)).isEqualTo(researchDay);
                    assertThat(Retention.decide(off, subject, List.of(), date("2030-01-01")).status())
                            .isEqualTo(Status.OVERDUE);
                    kept += researchDay ? 1 : 0;
                }
            }
            assertThat(kept).isEqualTo(2 * 12 * 3);
        }

        @Test
        void anyPersonOnTheCaseKeepsIt() {
            CaseRecord household = caseOf(1, "2010-01-01", ANNA, BO, coordination("1990-10-15"), CIA);
            assertKeptForResearch(decide(household, "2030-01-01"));
        }

        @Test
        void theMunicipalityCanTurnItOff() {
            RetentionPolicy off = STATUTORY.withResearchException(false);
            assertThat(off.researchExceptionEnabled()).isFalse();
            CaseRecord subject = caseOf(1, "2020-02-29", born("1985-04-05"), coordination("1975-01-25"));
            RetentionDecision decision = Retention.decide(off, subject, List.of(), date("2025-03-01"));
            assertThat(decision.status()).isEqualTo(Status.DUE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2025-03-01"));
            assertThat(decision.eraseBy()).isEqualTo(date("2026-12-31"));
            assertThat(off.keepsForResearch(born("1985-04-05"))).isFalse();
        }

        @Test
        void otherDaysCanBeConfigured() {
            RetentionPolicy firstOfMonth = new RetentionPolicy(Period.ofYears(5), true, Set.of(1),
                    Period.ofYears(10));
            assertKeptForResearch(Retention.decide(firstOfMonth, caseOf(1, "2010-01-01", coordination("1985-04-01")),
                    List.of(), date("2030-01-01")));
            assertThat(Retention.decide(firstOfMonth, caseOf(1, "2010-01-01", born("1985-04-05")), List.of(),
                    date("2030-01-01")).status()).isEqualTo(Status.OVERDUE);
            RetentionPolicy none = new RetentionPolicy(Period.ofYears(5), true, Set.of(), Period.ofYears(10));
            assertThat(Retention.decide(none, caseOf(1, "2010-01-01", born("1985-04-05")), List.of(),
                    date("2030-01-01")).status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void itWinsOverALaterCaseAndBeforeTheFiveYears() {
            CaseRecord subject = caseOf(1, "2015-05-01", ANNA, born("1985-04-05"));
            CaseRecord later = caseOf(2, "2018-09-01", ANNA);
            assertKeptForResearch(decide(subject, "2016-01-01", later));
            assertKeptForResearch(decide(subject, "2021-01-01", later));
        }

        @Test
        void aResearchPersonOnAConnectedCaseDoesNotKeepThisOneButItsDateStillCounts() {
            CaseRecord subject = caseOf(1, "2010-01-01", ANNA);
            CaseRecord connected = caseOf(2, "2014-03-03", ANNA, born("1985-04-05"));
            RetentionDecision decision = decide(subject, "2019-03-04", connected);
            assertThat(decision.status()).isEqualTo(Status.DUE);
            assertThat(decision.erasableFrom()).isEqualTo(date("2019-03-04"));
            assertKeptForResearch(decide(connected, "2019-03-04", subject));
        }

        private void assertKeptForResearch(RetentionDecision decision) {
            assertThat(decision.status()).isEqualTo(Status.KEPT_FOR_RESEARCH);
            assertThat(decision.erasableFrom()).isNull();
            assertThat(decision.eraseBy()).isNull();
            assertThat(decision.mayErase()).isFalse();
            assertThat(decision.legalBasis()).isEqualTo(Retention.RESEARCH_EXCEPTION);
            assertThat(decision.reason()).isEqualTo(Retention.REASON_RESEARCH);
        }
    }

    @Nested
    class Policy {

        @Test
        void statutoryDefaults() {
            RetentionPolicy policy = RetentionPolicy.statutory();
            assertThat(policy.period()).isEqualTo(Period.ofYears(5));
            assertThat(policy.researchExceptionEnabled()).isTrue();
            assertThat(policy.researchDays()).containsExactlyInAnyOrder(5, 15, 25);
            assertThat(policy.auditTrailPeriod()).isEqualTo(Period.ofYears(10));
            assertThat(policy).isEqualTo(new RetentionPolicy(RetentionPolicy.STATUTORY_PERIOD, true,
                    RetentionPolicy.STATUTORY_RESEARCH_DAYS, RetentionPolicy.DEFAULT_AUDIT_TRAIL_PERIOD));
        }

        @ParameterizedTest(name = "audit record of {0}: erasable from {1}")
        @CsvSource({
            "2024-06-15, 2034-06-16",
            "2020-02-29, 2030-03-01",
            "2025-12-31, 2036-01-01",
        })
        void auditRecordsAreKeptTenYearsByDefault(LocalDate recordedOn, LocalDate erasableFrom) {
            assertThat(STATUTORY.auditRecordErasableFrom(recordedOn)).isEqualTo(erasableFrom);
        }

        @Test
        void theAuditPeriodIsTheMunicipalitysChoice() {
            RetentionPolicy policy = STATUTORY.withAuditTrailPeriod(Period.ofYears(7));
            assertThat(policy.auditRecordErasableFrom(date("2020-02-29"))).isEqualTo(date("2027-03-01"));
            assertThat(policy.period()).isEqualTo(Period.ofYears(5));
            assertThat(policy.erasableFrom(date("2020-02-29"))).isEqualTo(date("2025-03-01"));
        }

        @Test
        void researchDaysAreCopied() {
            Set<Integer> days = new HashSet<>(Set.of(5));
            RetentionPolicy policy = new RetentionPolicy(Period.ofYears(5), true, days, Period.ofYears(10));
            days.add(6);
            assertThat(policy.researchDays()).containsExactly(5);
            assertThatThrownBy(() -> policy.researchDays().add(7))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void invalidSettingsAreRejected() {
            Period five = Period.ofYears(5);
            Set<Integer> days = Set.of(5, 15, 25);
            assertRejected(() -> new RetentionPolicy(null, true, days, five), "period must not be null");
            assertRejected(() -> new RetentionPolicy(Period.ZERO, true, days, five), "period must be positive");
            assertRejected(() -> new RetentionPolicy(Period.ofYears(-5), true, days, five), "period must be positive");
            assertRejected(() -> new RetentionPolicy(Period.of(1, -1, 0), true, days, five), "period must be positive");
            assertRejected(() -> new RetentionPolicy(five, true, days, null), "auditTrailPeriod must not be null");
            assertRejected(() -> new RetentionPolicy(five, true, days, Period.ZERO), "auditTrailPeriod must be");
            assertRejected(() -> new RetentionPolicy(five, true, null, five), "researchDays must not be null");
            Set<Integer> withNull = new HashSet<>();
            withNull.add(null);
            assertRejected(() -> new RetentionPolicy(five, true, withNull, five), "must not contain null");
            assertRejected(() -> new RetentionPolicy(five, true, Set.of(0), five), "1-31");
            assertRejected(() -> new RetentionPolicy(five, true, Set.of(32), five), "1-31");
            assertRejected(() -> STATUTORY.erasableFrom(null), "lastEntry must not be null");
            assertRejected(() -> STATUTORY.eraseBy(null), "lastEntry must not be null");
            assertRejected(() -> STATUTORY.auditRecordErasableFrom(null), "recordedOn must not be null");
            assertRejected(() -> STATUTORY.keepsForResearch(null), "person must not be null");
        }

        @Test
        void theLimitsOfTheResearchDaysAreAccepted() {
            assertThat(new RetentionPolicy(Period.ofDays(1), true, Set.of(1, 31), Period.ofDays(1)).researchDays())
                    .containsExactlyInAnyOrder(1, 31);
        }
    }

    @Nested
    class Validation {

        private final CaseRecord subject = caseOf(1, "2015-05-01", ANNA);

        @Test
        void nullArgumentsAreRejected() {
            LocalDate today = date("2020-01-01");
            assertRejected(() -> Retention.decide(null, subject, List.of(), today), "policy must not be null");
            assertRejected(() -> Retention.decide(STATUTORY, null, List.of(), today), "subject must not be null");
            assertRejected(() -> Retention.decide(STATUTORY, subject, null, today), "otherCases must not be null");
            assertRejected(() -> Retention.decide(STATUTORY, subject, List.of(), null), "today must not be null");
            List<CaseRecord> withNull = new ArrayList<>();
            withNull.add(null);
            assertRejected(() -> Retention.decide(STATUTORY, subject, withNull, today),
                    "otherCases must not contain null");
        }

        @Test
        void theSubjectMustNotBeAmongItsOtherCases() {
            assertRejected(() -> decide(subject, "2020-01-01", subject),
                    "the subject case must not be listed among its other cases");
            CaseRecord sameIdOtherwiseDifferent = caseOf(1, "2019-01-01", BO);
            assertRejected(() -> decide(subject, "2020-01-01", sameIdOtherwiseDifferent),
                    "the subject case must not be listed among its other cases");
        }

        @Test
        void aCaseMustNotBeListedTwice() {
            CaseRecord other = caseOf(2, "2016-01-01", ANNA);
            assertRejected(() -> decide(subject, "2020-01-01", other, other),
                    "otherCases must not list the same case id twice");
        }

        @Test
        void caseRecordsAreChecked() {
            LocalDate day = date("2020-01-01");
            UUID id = caseId(1);
            assertRejected(() -> new CaseRecord(null, day, List.of()), "caseId must not be null");
            assertRejected(() -> new CaseRecord(id, null, List.of()), "lastEntry must not be null");
            assertRejected(() -> new CaseRecord(id, day, null), "people must not be null");
            assertRejected(() -> CaseRecord.of(id, day, (PersonalIdentityNumber[]) null), "people must not be null");
            assertRejected(() -> CaseRecord.of(id, day, ANNA, null), "people must not contain null");
            assertRejected(() -> subject.sharesPersonWith(null), "other must not be null");
        }

        @Test
        void decisionsAreChecked() {
            LocalDate from = date("2025-03-01");
            LocalDate by = date("2026-12-31");
            String basis = Retention.FIVE_YEAR_RULE;
            assertRejected(() -> new RetentionDecision(null, from, by, "r", basis), "status must not be null");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, by, " ", basis), "reason must not be blank");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, by, null, basis), "reason must not be blank");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, by, "r", ""), "legalBasis must not be blank");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, by, "r", null), "legalBasis must not be blank");
            assertRejected(() -> new RetentionDecision(Status.KEPT_FOR_RESEARCH, from, null, "r", basis),
                    "no erasure dates");
            assertRejected(() -> new RetentionDecision(Status.KEPT_FOR_RESEARCH, null, by, "r", basis),
                    "no erasure dates");
            assertRejected(() -> new RetentionDecision(Status.KEEP, null, by, "r", basis), "are required");
            assertRejected(() -> new RetentionDecision(Status.KEEP, from, null, "r", basis), "are required");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, date("2026-12-30"), "r", basis),
                    "31 December");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, date("2026-11-30"), "r", basis),
                    "31 December");
            assertRejected(() -> new RetentionDecision(Status.DUE, from, date("2024-12-31"), "r", basis),
                    "after erasableFrom");
            assertRejected(() -> new RetentionDecision(Status.DUE, date("2026-12-31"), by, "r", basis),
                    "after erasableFrom");
            assertThat(new RetentionDecision(Status.KEPT_FOR_RESEARCH, null, null, "r", basis).mayErase()).isFalse();
        }

        @Test
        void noMessageContainsPersonalData() {
            List<String> messages = new ArrayList<>();
            CaseRecord other = caseOf(2, "2016-01-01", ANNA, BO);
            for (Runnable call : List.<Runnable>of(
                    () -> decide(subject, "2020-01-01", other, other),
                    () -> decide(subject, "2020-01-01", subject),
                    () -> CaseRecord.of(caseId(3), date("2020-01-01"), ANNA, BO, null))) {
                try {
                    call.run();
                } catch (IllegalArgumentException e) {
                    messages.add(e.getMessage());
                }
            }
            assertThat(messages).hasSize(3);
            for (String message : messages) {
                for (String form : People.writtenForms(List.of(ANNA, BO))) {
                    assertThat(message).doesNotContain(form);
                }
            }
        }
    }

    @Nested
    class Records {

        @Test
        void aCaseRecordPrintsNoPersonalData() {
            CaseRecord record = caseOf(7, "2015-05-01", ANNA, coordination("1985-04-05"));
            assertThat(record.toString()).contains("lastEntry=2015-05-01", "people=2", caseId(7).toString());
            for (String form : People.writtenForms(record.people())) {
                assertThat(record.toString()).doesNotContain(form);
            }
        }

        @Test
        void peopleAreCopied() {
            List<PersonalIdentityNumber> people = new ArrayList<>(List.of(ANNA));
            CaseRecord record = new CaseRecord(caseId(1), date("2015-05-01"), people);
            people.add(BO);
            assertThat(record.people()).containsExactly(ANNA);
            assertThatThrownBy(() -> record.people().add(BO))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void sharingAPerson() {
            CaseRecord a = caseOf(1, "2015-05-01", ANNA, BO);
            assertThat(a.sharesPersonWith(caseOf(2, "2015-05-01", CIA, born("1980-03-12")))).isTrue();
            assertThat(a.sharesPersonWith(caseOf(3, "2015-05-01", BO))).isTrue();
            assertThat(a.sharesPersonWith(caseOf(4, "2015-05-01", CIA))).isFalse();
            assertThat(a.sharesPersonWith(caseOf(5, "2015-05-01"))).isFalse();
            assertThat(caseOf(6, "2015-05-01").sharesPersonWith(caseOf(7, "2015-05-01"))).isFalse();
        }
    }

    @Nested
    class AllAtOnce {

        @Test
        void decidesEveryCaseAsDecideWould() {
            List<CaseRecord> cases = List.of(
                    caseOf(1, "2010-01-15", ANNA),
                    caseOf(2, "2012-06-30", ANNA, BO),
                    caseOf(3, "2016-11-11", BO, CIA),
                    caseOf(4, "2014-01-01", DAN),
                    caseOf(5, "2013-01-01", born("1985-04-05"), DAN),
                    caseOf(6, "2012-01-01"));
            LocalDate today = date("2020-01-01");
            Map<UUID, RetentionDecision> all = Retention.decideAll(STATUTORY, cases, today);
            assertThat(all.keySet()).containsExactly(caseId(1), caseId(2), caseId(3), caseId(4), caseId(5),
                    caseId(6));
            for (CaseRecord subject : cases) {
                List<CaseRecord> others = cases.stream().filter(c -> c != subject).toList();
                assertThat(all.get(subject.caseId())).isEqualTo(Retention.decide(STATUTORY, subject, others, today));
            }
            assertThat(all.get(caseId(1)).status()).isEqualTo(Status.KEPT_FOR_LATER_CASE);
            assertThat(all.get(caseId(3)).status()).isEqualTo(Status.KEEP);
            assertThat(all.get(caseId(4)).status()).isEqualTo(Status.DUE);
            assertThat(all.get(caseId(5)).status()).isEqualTo(Status.KEPT_FOR_RESEARCH);
            assertThat(all.get(caseId(6)).status()).isEqualTo(Status.OVERDUE);
        }

        @Test
        void validation() {
            LocalDate today = date("2020-01-01");
            CaseRecord a = caseOf(1, "2010-01-15", ANNA);
            assertRejected(() -> Retention.decideAll(null, List.of(a), today), "policy must not be null");
            assertRejected(() -> Retention.decideAll(STATUTORY, null, today), "cases must not be null");
            assertRejected(() -> Retention.decideAll(STATUTORY, List.of(a), null), "today must not be null");
            List<CaseRecord> withNull = new ArrayList<>();
            withNull.add(null);
            assertRejected(() -> Retention.decideAll(STATUTORY, withNull, today), "cases must not contain null");
            assertRejected(() -> Retention.decideAll(STATUTORY, List.of(a, caseOf(1, "2011-01-01")), today),
                    "cases must not list the same case id twice");
            assertThat(Retention.decideAll(STATUTORY, List.of(), today)).isEmpty();
        }
    }

    private static void assertRejected(Runnable call, String messagePart) {
        assertThatIllegalArgumentException().isThrownBy(call::run).withMessageContaining(messagePart);
    }
}
