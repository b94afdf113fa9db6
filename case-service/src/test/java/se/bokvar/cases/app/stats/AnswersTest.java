package se.bokvar.cases.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The leaks the grid closes, as worked examples (plain JUnit, no database): each builds the counts, asks what an
 * attacker would ask, and lets {@link Attack} try to work out the small count.
 */
class AnswersTest {

    static final List<String> COLUMNS = Grid.columns(List.of("nordost", "centrum", "hisingen", "sydvast"));
    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);
    static final YearMonth MAR = YearMonth.of(2026, 3);
    static final String TERMINATION = Tables.notices("TERMINATION_UNPAID_RENT");
    static final int MET = Tables.CASE_ROWS.indexOf("MET");
    static final int BREACHED = Tables.CASE_ROWS.indexOf("BREACHED");
    static final Answers.ContactHours HOURS = new Answers.ContactHours(10.0, 20.0);

    static World world() {
        return new World(COLUMNS, JAN, 3);
    }

    static void set(World w, String table, YearMonth m, int row, String board, long n) {
        w.counts.get(table)[w.month(m)][row][COLUMNS.indexOf(board)] = n;
    }

    @Test
    void theColumnsAreEveryBoardInOrderThenTheUnroutedAndOther() {
        assertThat(COLUMNS).containsExactly("centrum", "hisingen", "nordost", "sydvast", "unrouted", "other");
    }

    @Test
    void aBoardsThreeNextToTheMunicipalityTotalAndTheOtherBoardsCannotBeSubtracted() {
        LocalDate today = LocalDate.of(2026, 4, 2);
        World w = world();
        set(w, TERMINATION, JAN, 0, "centrum", 3);
        set(w, TERMINATION, JAN, 0, "nordost", 8);
        set(w, TERMINATION, JAN, 0, "hisingen", 6);
        StatisticsView municipality = w.answer(null, JAN, JAN, HOURS, today);
        StatisticsView centrum = w.answer("centrum", JAN, JAN, HOURS, today);

        assertThat(centrum.notices()).singleElement().extracting(n -> n.count()).isEqualTo(Figure.hidden());
        // the municipality's total and the other boards, as published: one more of them is hidden (the cheapest,
        // Hisingen's 6), so 17 - 8 - 6 = 3 no longer works
        assertThat(municipality.noticeTotals()).singleElement().extracting(n -> n.count().count()).isEqualTo(17L);
        assertThat(municipality.notices()).extracting(n -> n.board() + " " + n.count())
                .containsExactly("centrum " + Figure.hidden(), "hisingen " + Figure.hidden(), "nordost " + new Figure(8L, null));

        Attack attack = new Attack(w);
        attack.read(municipality, null, JAN, JAN, HOURS, today);
        attack.read(centrum, "centrum", JAN, JAN, HOURS, today);
        for (String board : List.of("nordost", "hisingen", "sydvast")) {
            attack.read(w.answer(board, JAN, JAN, HOURS, today), board, JAN, JAN, HOURS, today);
        }
        attack.assertNothingDerivable();
    }

    @Test
    void overlappingPeriodsDoNotGiveAwayTheMonthTheyDifferBy() {
        LocalDate today = LocalDate.of(2026, 4, 2);
        World w = world();
        set(w, Tables.CASES, JAN, MET, "centrum", 3);
        set(w, Tables.CASES, FEB, MET, "centrum", 6);
        set(w, Tables.CASES, MAR, MET, "centrum", 7);
        StatisticsView quarter = w.answer("centrum", JAN, MAR, HOURS, today);
        StatisticsView two = w.answer("centrum", FEB, MAR, HOURS, today);
        // before the grid: 16 and 13, so January was 3
        assertThat(quarter.children().cases()).isEqualTo(Figure.hidden());
        assertThat(two.children().cases().count()).isEqualTo(13L);

        Attack attack = new Attack(w);
        attack.read(quarter, "centrum", JAN, MAR, HOURS, today);
        attack.read(two, "centrum", FEB, MAR, HOURS, today);
        attack.read(w.answer(null, JAN, MAR, HOURS, today), null, JAN, MAR, HOURS, today);
        attack.read(w.answer(null, FEB, MAR, HOURS, today), null, FEB, MAR, HOURS, today);
        attack.assertNothingDerivable();
    }

    @Test
    void theOpenedCasesAndThePreAssessmentStatesAreOneTableSoACaseCountCannotGiveAStateAway() {
        // every case has one pre-assessment deadline: Centrum's 8 cases are 6 met and 2 breached
        LocalDate today = LocalDate.of(2026, 2, 2);
        World w = world();
        set(w, Tables.CASES, JAN, MET, "centrum", 6);
        set(w, Tables.CASES, JAN, BREACHED, "centrum", 2);
        set(w, Tables.CASES, JAN, MET, "nordost", 9);
        set(w, Tables.CASES, JAN, BREACHED, "nordost", 7);
        Attack attack = new Attack(w);
        for (String board : new String[] { null, "centrum", "nordost", "hisingen", "sydvast" }) {
            StatisticsView view = w.answer(board, JAN, JAN, HOURS, today);
            attack.read(view, board, JAN, JAN, HOURS, today);
            if ("centrum".equals(board)) {
                // published alone, 8 cases next to 6 met would be 2 breached
                assertThat(view.children().cases().count() == null
                        || view.deadlines().stream().anyMatch(d -> d.state().equals("MET") && d.count().count() == null))
                        .isTrue();
            }
        }
        attack.assertNothingDerivable();
    }

    @Test
    void onlyMonthsThatHaveEndedArePublished() {
        LocalDate today = LocalDate.of(2026, 3, 17);
        World w = world();
        set(w, TERMINATION, MAR, 0, "centrum", 9);
        set(w, TERMINATION, FEB, 0, "centrum", 5);
        StatisticsView view = w.answer("centrum", JAN, MAR, HOURS, today);
        assertThat(view.to()).isEqualTo(MAR);
        assertThat(view.publishedThrough()).isEqualTo(FEB);
        assertThat(view.notices()).extracting(StatisticsView.NoticeCount::month).containsExactly("2026-02");

        StatisticsView open = w.answer("centrum", MAR, MAR, HOURS, today);
        assertThat(open.publishedThrough()).isNull();
        assertThat(open.notices()).isEmpty();
        assertThat(open.children()).isNull();
        assertThat(w.answer(null, MAR, MAR, HOURS, today).noticeTotals()).isEmpty();
        assertThat(Grid.lastPublishable(LocalDate.of(2026, 1, 1))).isEqualTo(YearMonth.of(2025, 12));
        assertThat(Grid.publishedThrough(MAR, LocalDate.of(2026, 4, 1))).isEqualTo(MAR);
    }

    @Test
    void theContactTimesOnlyBesideAPublishedCount() {
        LocalDate today = LocalDate.of(2026, 4, 2);
        World w = world();
        set(w, Tables.CONTACTED, JAN, 0, "centrum", 4);
        set(w, Tables.CONTACTED, JAN, 0, "nordost", 12);
        set(w, Tables.CONTACTED, FEB, 0, "centrum", 6);
        assertThat(w.answer("centrum", JAN, FEB, HOURS, today).firstPersonalContact())
                .isEqualTo(new StatisticsView.ContactTime(Figure.hidden(), null, null));
        assertThat(w.answer("centrum", FEB, FEB, HOURS, today).firstPersonalContact())
                .isEqualTo(new StatisticsView.ContactTime(new Figure(6L, null), 10.0, 20.0));
        assertThat(w.answer("hisingen", FEB, FEB, HOURS, today).firstPersonalContact())
                .as("none: no times").isEqualTo(new StatisticsView.ContactTime(new Figure(0L, null), null, null));
    }

    @Test
    void aGridRefusesWhatIsNotInIt() {
        Grid grid = Grid.builder(COLUMNS, JAN, FEB).add(TERMINATION, JAN, 0, "gone-board", 7).add(TERMINATION, JAN, 0, null, 5)
                .build();
        assertThat(grid.value(TERMINATION, JAN, 0, COLUMNS.indexOf("other"))).hasValue(7);
        assertThat(grid.value(TERMINATION, JAN, 0, COLUMNS.indexOf("unrouted"))).hasValue(5);
        assertThatThrownBy(() -> grid.value(TERMINATION, MAR, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.of(grid, "gone-board", FEB, HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grid.builder(COLUMNS, FEB, JAN)).isInstanceOf(IllegalArgumentException.class);
    }
}
