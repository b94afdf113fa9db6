package se.bokvar.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.retention.RetentionDecision.Status;

/**
 * Generated case histories (last entries 2000–2040, births on every day of the year 1930–2020 as personnummer or
 * samordningsnummer, people shared at random between cases) checked against {@link #expected}, a straightforward
 * re-statement of the rule that shares no code with {@link Retention}, and against invariants.
 */
class RetentionPropertiesTest {

    private static final LocalDate FIRST_ENTRY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_ENTRY = LocalDate.of(2040, 12, 31);
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2020, 12, 31);
    private static final Set<Integer> RESEARCH_DAYS = Set.of(5, 15, 25);

    // ---- the rule, restated plainly ---------------------------------------------------------------------------

    /** What the rule says for the history's first case, worked out the long way. */
    static RetentionDecision expected(History history) {
        CaseRecord subject = history.subject();
        int years = history.years();
        if (history.researchException()) {
            for (PersonalIdentityNumber person : subject.people()) {
                int writtenDay = Integer.parseInt(person.canonical().substring(6, 8));
                int birthDay = writtenDay > 60 ? writtenDay - 60 : writtenDay;
                if (RESEARCH_DAYS.contains(birthDay)) {
                    return new RetentionDecision(Status.KEPT_FOR_RESEARCH, null, null, "-", "-");
                }
            }
        }
        // grow the group until no case outside it shares a number with a case inside it
        List<CaseRecord> group = new ArrayList<>(List.of(subject));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CaseRecord candidate : history.cases()) {
                if (!group.contains(candidate) && group.stream().anyMatch(member -> share(member, candidate))) {
                    group.add(candidate);
                    grew = true;
                }
            }
        }
        LocalDate fiveYearsEnd = null;
        for (CaseRecord member : group) {
            LocalDate end = member.lastEntry().plusYears(years);
            if (fiveYearsEnd == null || end.isAfter(fiveYearsEnd)) {
                fiveYearsEnd = end;
            }
        }
        LocalDate erasableFrom = fiveYearsEnd.plusDays(1);
        LocalDate eraseBy = LocalDate.of(fiveYearsEnd.getYear() + 1, Month.DECEMBER, 31);
        LocalDate ownErasableFrom = subject.lastEntry().plusYears(years).plusDays(1);
        LocalDate today = history.today();
        Status status;
        if (today.isBefore(erasableFrom)) {
            status = today.isBefore(ownErasableFrom) ? Status.KEEP : Status.KEPT_FOR_LATER_CASE;
        } else if (today.isAfter(eraseBy)) {
            status = Status.OVERDUE;
        } else {
            status = Status.DUE;
        }
        return new RetentionDecision(status, erasableFrom, eraseBy, "-", "-");
    }

    private static boolean share(CaseRecord a, CaseRecord b) {
        Set<String> numbers = a.people().stream().map(PersonalIdentityNumber::canonical).collect(Collectors.toSet());
        return b.people().stream().map(PersonalIdentityNumber::canonical).anyMatch(numbers::contains);
    }

    // ---- properties -------------------------------------------------------------------------------------------

    @Property(tries = 2000)
    void agreesWithTheRestatedRule(@ForAll("histories") History history) {
        RetentionDecision actual = decide(history);
        RetentionDecision expected = expected(history);
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.erasableFrom()).isEqualTo(expected.erasableFrom());
        assertThat(actual.eraseBy()).isEqualTo(expected.eraseBy());
        assertThat(actual.legalBasis()).isEqualTo(actual.status() == Status.KEPT_FOR_RESEARCH
                ? Retention.RESEARCH_EXCEPTION : Retention.FIVE_YEAR_RULE);
        Statistics.label("status").collect(actual.status());
        Statistics.label("status").coverage(coverage -> {
            for (Status status : Status.values()) {
                coverage.check(status).percentage(p -> p >= 3.0);
            }
        });
    }

    @Property(tries = 500)
    void decideAllAgreesWithDecide(@ForAll("histories") History history) {
        Map<java.util.UUID, RetentionDecision> all =
                Retention.decideAll(history.policy(), history.cases(), history.today());
        assertThat(all).hasSize(history.cases().size());
        for (CaseRecord subject : history.cases()) {
            List<CaseRecord> others = new ArrayList<>(history.cases());
            others.remove(subject);
            assertThat(all.get(subject.caseId()))
                    .isEqualTo(Retention.decide(history.policy(), subject, others, history.today()));
        }
    }

    @Property
    void aCaseKeptForResearchNeverGetsADate(@ForAll("histories") History history) {
        RetentionDecision decision = decide(history);
        boolean research = decision.status() == Status.KEPT_FOR_RESEARCH;
        assertThat(decision.erasableFrom() == null).isEqualTo(research);
        assertThat(decision.eraseBy() == null).isEqualTo(research);
        if (research) {
            assertThat(history.researchException()).isTrue();
            assertThat(decision.mayErase()).isFalse();
        }
    }

    @Property
    void aPersonBornOnAResearchDayAlwaysKeepsTheCase(
            @ForAll("histories") History history, @ForAll("researchPeople") PersonalIdentityNumber person) {
        CaseRecord subject = history.subject();
        List<PersonalIdentityNumber> people = new ArrayList<>(subject.people());
        people.add(person);
        CaseRecord withPerson = new CaseRecord(subject.caseId(), subject.lastEntry(), people);
        RetentionDecision on = Retention.decide(history.policy().withResearchException(true), withPerson,
                history.others(), history.today());
        assertThat(on.status()).isEqualTo(Status.KEPT_FOR_RESEARCH);
        assertThat(on.erasableFrom()).isNull();
        assertThat(on.eraseBy()).isNull();
        RetentionDecision off = Retention.decide(history.policy().withResearchException(false), withPerson,
                history.others(), history.today());
        assertThat(off.status()).isNotEqualTo(Status.KEPT_FOR_RESEARCH);
    }

    @Property
    void turningTheExceptionOffChangesOnlyTheCasesKeptForResearch(@ForAll("histories") History history) {
        RetentionPolicy on = history.policy().withResearchException(true);
        RetentionPolicy off = history.policy().withResearchException(false);
        RetentionDecision withException = Retention.decide(on, history.subject(), history.others(), history.today());
        RetentionDecision without = Retention.decide(off, history.subject(), history.others(), history.today());
        assertThat(without.status()).isNotEqualTo(Status.KEPT_FOR_RESEARCH);
        if (withException.status() != Status.KEPT_FOR_RESEARCH) {
            assertThat(without).isEqualTo(withException);
        }
    }

    @Property
    void eraseByIsAlwaysThe31stOfDecemberAfterErasableFrom(@ForAll("histories") History history) {
        RetentionDecision decision = decide(history);
        Assume.that(decision.status() != Status.KEPT_FOR_RESEARCH);
        assertThat(decision.eraseBy().getMonth()).isEqualTo(Month.DECEMBER);
        assertThat(decision.eraseBy().getDayOfMonth()).isEqualTo(31);
        assertThat(decision.eraseBy()).isAfter(decision.erasableFrom());
        // at most the rest of the year in which the period ended, plus one calendar year
        assertThat(decision.eraseBy().getYear()).isEqualTo(decision.erasableFrom().minusDays(1).getYear() + 1);
    }

    @Property
    void neverErasableBeforeTheCasesOwnPeriodHasEnded(@ForAll("histories") History history) {
        RetentionDecision decision = decide(history);
        Assume.that(decision.status() != Status.KEPT_FOR_RESEARCH);
        LocalDate own = history.subject().lastEntry().plusYears(history.years()).plusDays(1);
        assertThat(decision.erasableFrom()).isAfterOrEqualTo(own);
        assertThat(decision.mayErase()).isEqualTo(!history.today().isBefore(decision.erasableFrom()));
        assertThat(decision.status() == Status.OVERDUE).isEqualTo(history.today().isAfter(decision.eraseBy()));
    }

    @Property
    void addingALaterCaseOfTheSamePersonNeverMakesACaseErasableEarlier(
            @ForAll("histories") History history,
            @ForAll("picks") int daysLater,
            @ForAll("picks") int pick) {
        CaseRecord subject = history.subject();
        Assume.that(!subject.people().isEmpty());
        LocalDate laterEntry = subject.lastEntry().plusDays(1 + daysLater);
        PersonalIdentityNumber person = subject.people().get(pick % subject.people().size());
        CaseRecord later = CaseRecord.of(People.caseId(1_000), laterEntry, person);
        List<CaseRecord> others = new ArrayList<>(history.others());
        others.add(later);
        RetentionDecision before = decide(history);
        RetentionDecision after =
                Retention.decide(history.policy(), subject, others, history.today());
        assertNotErasableEarlier(before, after);
        if (after.status() != Status.KEPT_FOR_RESEARCH) {
            // the later case's own period now keeps this one too
            assertThat(after.erasableFrom()).isAfterOrEqualTo(history.policy().erasableFrom(laterEntry));
        }
    }

    @Property
    void addingAnyCaseNeverMakesACaseErasableEarlier(
            @ForAll("histories") History history,
            @ForAll("lastEntries") LocalDate entry,
            @ForAll("picks") int pick,
            @ForAll("picks") int otherPick) {
        List<PersonalIdentityNumber> pool = history.pool();
        List<PersonalIdentityNumber> people = new ArrayList<>(List.of(pool.get(pick % pool.size())));
        if (otherPick % 3 == 0) {
            people.add(pool.get(otherPick % pool.size()));
        }
        List<CaseRecord> others = new ArrayList<>(history.others());
        others.add(new CaseRecord(People.caseId(1_000), entry, people));
        RetentionDecision before = decide(history);
        RetentionDecision after = Retention.decide(history.policy(), history.subject(), others, history.today());
        assertNotErasableEarlier(before, after);
    }

    @Property
    void laterDaysNeverMoveTheStatusBack(
            @ForAll("histories") History history, @ForAll("picks") int days) {
        LocalDate later = history.today().plusDays(days);
        RetentionDecision first = decide(history);
        RetentionDecision second =
                Retention.decide(history.policy(), history.subject(), history.others(), later);
        assertThat(rank(second.status())).isGreaterThanOrEqualTo(rank(first.status()));
        assertThat(second.erasableFrom()).isEqualTo(first.erasableFrom());
        assertThat(second.eraseBy()).isEqualTo(first.eraseBy());
    }

    @Property
    void theOrderOfTheOtherCasesDoesNotMatter(@ForAll("histories") History history, @ForAll Random random) {
        List<CaseRecord> shuffled = new ArrayList<>(history.others());
        Collections.shuffle(shuffled, random);
        assertThat(Retention.decide(history.policy(), history.subject(), shuffled, history.today()))
                .isEqualTo(decide(history));
    }

    @Property
    void aReasonNeverContainsAnyPersonnummerDigits(@ForAll("histories") History history) {
        for (RetentionDecision decision :
                Retention.decideAll(history.policy(), history.cases(), history.today()).values()) {
            String reason = decision.reason();
            assertThat(reason).isNotBlank();
            for (String written : People.writtenForms(history.pool())) {
                assertThat(reason).doesNotContain(written);
            }
            assertThat(reason.chars().noneMatch(Character::isDigit)).as(reason).isTrue();
        }
    }

    private static void assertNotErasableEarlier(RetentionDecision before, RetentionDecision after) {
        if (before.status() == Status.KEPT_FOR_RESEARCH) {
            assertThat(after.status()).isEqualTo(Status.KEPT_FOR_RESEARCH);
            return;
        }
        assertThat(after.erasableFrom()).isAfterOrEqualTo(before.erasableFrom());
        assertThat(after.eraseBy()).isAfterOrEqualTo(before.eraseBy());
        if (!before.mayErase()) {
            assertThat(after.mayErase()).isFalse();
        }
        if (before.status() == Status.DUE) {
            assertThat(after.status()).isNotEqualTo(Status.OVERDUE);
        }
    }

    private static int rank(Status status) {
        return switch (status) {
            case KEEP -> 0;
            case KEPT_FOR_LATER_CASE -> 1;
            case DUE -> 2;
            case OVERDUE -> 3;
            case KEPT_FOR_RESEARCH -> 4;
        };
    }

    private static RetentionDecision decide(History history) {
        return Retention.decide(history.policy(), history.subject(), history.others(), history.today());
    }

    // ---- generators -------------------------------------------------------------------------------------------

    private static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Any day 2000–2040, with extra weight on 29 February, 28 February, 1 March, 31 December and 1 January. */
    @Provide
    Arbitrary<LocalDate> lastEntries() {
        Arbitrary<Integer> years = Arbitraries.integers().between(FIRST_ENTRY.getYear(), LAST_ENTRY.getYear());
        Arbitrary<LocalDate> leapDays = Arbitraries.integers().between(0, 10).map(i -> LocalDate.of(2000 + 4 * i, 2, 29));
        Arbitrary<LocalDate> edges = Combinators.combine(years, Arbitraries.of("02-28", "03-01", "12-31", "01-01"))
                .as((year, monthDay) -> LocalDate.parse(year + "-" + monthDay));
        Arbitrary<LocalDate> any = between(FIRST_ENTRY, LAST_ENTRY);
        return Arbitraries.oneOf(any, any, any, any, leapDays, edges);
    }

    /** Born on any day 1930–2020, a third of them on a research day. */
    private static Arbitrary<LocalDate> births() {
        Arbitrary<LocalDate> researchDay = Combinators.combine(
                        Arbitraries.integers().between(FIRST_BIRTH.getYear(), LAST_BIRTH.getYear()),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(5, 15, 25))
                .as((year, month, day) -> LocalDate.of(year, month, day));
        Arbitrary<LocalDate> any = between(FIRST_BIRTH, LAST_BIRTH);
        return Arbitraries.oneOf(any, any, researchDay);
    }

    private static Arbitrary<PersonalIdentityNumber> people(Arbitrary<LocalDate> births) {
        return Combinators.combine(births, Arbitraries.of(false, true), Arbitraries.integers().between(1, 999))
                .as((birth, coordination, serial) -> coordination
                        ? People.coordination(birth, serial)
                        : People.born(birth, serial));
    }

    @Provide
    Arbitrary<PersonalIdentityNumber> researchPeople() {
        return people(births().filter(birth -> RESEARCH_DAYS.contains(birth.getDayOfMonth())));
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 4000);
    }

    /**
     * A pool of 1–6 people and 1–8 cases, each about 0–3 of them; the first case is the subject. "Today" is any day
     * 1995–2060, within two days of some case's own erasable-from date or deadline (the boundaries), or in the
     * four years after the subject's own period ended (where a later case keeps it).
     */
    @Provide
    Arbitrary<History> histories() {
        Arbitrary<List<PersonalIdentityNumber>> pools = people(births()).list().ofMinSize(1).ofMaxSize(6);
        return pools.flatMap(pool -> {
            Arbitrary<Set<Integer>> members =
                    Arbitraries.integers().between(0, pool.size() - 1).set().ofMaxSize(Math.min(3, pool.size()));
            Arbitrary<List<CaseSpec>> specs = Combinators.combine(lastEntries(), members).as(CaseSpec::new)
                    .list().ofMinSize(1).ofMaxSize(8);
            Arbitrary<TodaySpec> todays = Combinators.combine(
                            Arbitraries.integers().between(0, 5),
                            Arbitraries.integers().between(0, 7),
                            Arbitraries.integers().between(-2, 2),
                            Arbitraries.integers().between(0, 1500),
                            between(LocalDate.of(1995, 1, 1), LocalDate.of(2060, 12, 31)))
                    .as(TodaySpec::new);
            Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.just(5), Arbitraries.just(5),
                    Arbitraries.integers().between(1, 10));
            return Combinators.combine(specs, todays, Arbitraries.of(true, false), years)
                    .as((caseSpecs, todaySpec, research, period) ->
                            History.of(pool, caseSpecs, todaySpec, research, period));
        });
    }

    record CaseSpec(LocalDate lastEntry, Set<Integer> members) {
    }

    /** How "today" is chosen: see {@link History#of}. */
    record TodaySpec(int mode, int caseIndex, int offset, int spread, LocalDate anyDay) {
    }

    /**
     * A generated history. {@code members} are indices into {@code pool}, kept for a readable
     * {@link #toString()} when a property fails.
     */
    record History(List<PersonalIdentityNumber> pool, List<CaseRecord> cases, List<List<Integer>> members,
            LocalDate today, boolean researchException, int years) {

        static History of(List<PersonalIdentityNumber> pool, List<CaseSpec> specs, TodaySpec todaySpec,
                boolean research, int years) {
            List<CaseRecord> cases = new ArrayList<>();
            List<List<Integer>> members = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                List<Integer> indices = specs.get(i).members().stream().sorted().toList();
                cases.add(new CaseRecord(People.caseId(i), specs.get(i).lastEntry(),
                        indices.stream().map(pool::get).toList()));
                members.add(indices);
            }
            // the day some case's own period ends, and the day the subject's does
            LocalDate someEnd = specs.get(todaySpec.caseIndex() % specs.size()).lastEntry().plusYears(years);
            LocalDate subjectEnd = specs.get(0).lastEntry().plusYears(years);
            LocalDate today = switch (todaySpec.mode()) {
                case 0 -> todaySpec.anyDay();                                                  // any day 1995-2060
                case 1 -> someEnd.plusDays(1 + todaySpec.offset());                            // near an erasable-from
                case 2 -> subjectEnd.plusDays(1 + todaySpec.offset());                         // near the subject's
                case 3 -> subjectEnd.plusDays(1 + todaySpec.spread());                         // soon after it
                default -> LocalDate.of(someEnd.getYear() + 1, 12, 31).plusDays(todaySpec.offset()); // near erase-by
            };
            return new History(pool, cases, members, today, research, years);
        }

        CaseRecord subject() {
            return cases.get(0);
        }

        List<CaseRecord> others() {
            return cases.subList(1, cases.size());
        }

        RetentionPolicy policy() {
            return RetentionPolicy.statutory().withPeriod(Period.ofYears(years)).withResearchException(
                    researchException);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("History[today=" + today + ", research=" + researchException
                    + ", years=" + years + ", pool=");
            List<String> people = new ArrayList<>();
            for (PersonalIdentityNumber person : pool) {
                people.add((person.isCoordinationNumber() ? "samordningsnummer born " : "born ") + person.birthDate());
            }
            text.append(people).append(", cases=");
            List<String> described = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                described.add("#" + i + " " + cases.get(i).lastEntry() + " " + members.get(i));
            }
            return text.append(described).append(']').toString();
        }
    }

    /** Guard against a generator that makes the subject share no one: checked once, cheaply. */
    @Property(tries = 300)
    void theGeneratorSharesPeopleBetweenCases(@ForAll("histories") History history) {
        Set<Integer> subjectMembers = new HashSet<>(history.members().get(0));
        boolean shares = history.members().stream().skip(1).anyMatch(m -> m.stream().anyMatch(subjectMembers::contains));
        Statistics.label("subject shares a person").collect(shares);
        Statistics.label("subject shares a person").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
    }
}
