package se.bokvar.cases.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 15, item 3: "the derivation attack finds no suppressed count". Generated counts (1–3 boards plus the unrouted
 * and other columns, 1–6 months that sometimes cross a new year, small counts common) are asked for <em>every</em>
 * period within them (and past their end), in <em>every</em> scope, and again on a day of every month from the first
 * month's to the one after the last (so answers given while a month was open and after it ended are combined too),
 * the way the service answers ({@link World#answer}: a grid over the period's months that have ended,
 * {@link Answers}). {@link Attack} reads all the answers as equations over the raw counts and must find no hidden
 * figure and no count of 1–4 it can work out. No database: the app layer's assembly is what is attacked.
 */
class StatisticsAttackPropertiesTest {

    static final Answers.ContactHours HOURS = new Answers.ContactHours(27.25, 70.04);

    /** The one-row tables the generator fills besides the cases table (the others stay 0). */
    static final List<String> ONE_ROW = Tables.ALL.entrySet().stream().filter(e -> e.getValue() == 1).map(e -> e.getKey())
            .toList();

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void noAnswerAndNoCombinationOfAnswersRevealsASuppressedCount(@ForAll("worlds") World world) {
        Attack attack = new Attack(world);
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(world.columns.subList(0, world.columns.size() - 2));
        // asked again every month, from the one the first month is still open in to the one after the last
        for (YearMonth now = world.first; !now.isAfter(world.last().plusMonths(1)); now = now.plusMonths(1)) {
            LocalDate today = now.atDay(17);
            for (YearMonth from = world.first; !from.isAfter(world.last()); from = from.plusMonths(1)) {
                for (YearMonth to = from; !to.isAfter(world.last().plusMonths(1)); to = to.plusMonths(1)) {
                    for (String board : scopes) {
                        attack.read(world.answer(board, from, to, HOURS, today), board, from, to, HOURS, today);
                    }
                }
            }
        }
        attack.assertNothingDerivable();

        assertThat(attack.published).as("the answers publish something").isPositive();
        Statistics.label("hidden figures").collect(attack.hiddenFigures() == 0 ? "none" : attack.hiddenFigures() < 100 ? "1-99" : "100+");
        Statistics.label("months").collect(world.months);
        Statistics.label("crosses a new year").collect(world.first.getYear() != world.last().getYear());
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(6, Arbitraries.longs().between(1, 6)),
                Tuple.of(3, Arbitraries.longs().between(7, 12)),
                Tuple.of(1, Arbitraries.longs().between(13, 300)));
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 11), Arbitraries.of(ONE_ROW).list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .flatAs((boards, months, offset, tables) -> {
                    List<String> boardNames = new ArrayList<>();
                    for (int b = 0; b < boards; b++) {
                        boardNames.add("board" + b);
                    }
                    List<String> columns = Grid.columns(boardNames);
                    YearMonth first = YearMonth.of(2025, 8).plusMonths(offset);
                    List<String> filled = new ArrayList<>(tables);
                    filled.add(Tables.CASES);
                    int cells = 0;
                    for (String t : filled) {
                        cells += months * Tables.ALL.get(t) * columns.size();
                    }
                    return count.list().ofSize(cells).map(values -> {
                        World world = new World(columns, first, months);
                        int i = 0;
                        for (String t : filled) {
                            for (long[][] month : world.counts.get(t)) {
                                for (long[] row : month) {
                                    for (int c = 0; c < row.length; c++) {
                                        row[c] = values.get(i++);
                                    }
                                }
                            }
                        }
                        return world;
                    });
                });
    }
}
