package se.bokvar.cases.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays the attacker against answers of the statistics: reads each answer as the API documents it (which raw counts
 * each figure adds up; an entry left out of a list is a published 0), learns every published figure as an equation
 * over the raw counts of its table ({@link LinearAttacker}), checks that every published figure is true, and in the
 * end that no hidden figure, and no count of 1–4 of any table (cell, board total, municipality total), follows from
 * all the answers together.
 */
final class Attack {

    private static final Figure ZERO = new Figure(0L, null);

    private final World world;
    private final Map<String, LinearAttacker> attackers = new HashMap<>();
    private final List<Target> hidden = new ArrayList<>();
    int published;

    private record Target(String table, int[] counts, String what) {
    }

    Attack(World world) {
        this.world = world;
        Tables.ALL.keySet().forEach(table -> attackers.put(table, new LinearAttacker(world.variables(table))));
    }

    int hiddenFigures() {
        return hidden.size();
    }

    /** Reads one answer to (board or null, from, to), given on {@code today}. */
    void read(StatisticsView view, String board, YearMonth from, YearMonth to, Answers.ContactHours hours,
            LocalDate today) {
        assertThat(view.scope()).isEqualTo(board == null ? "municipality" : board);
        assertThat(view.from()).isEqualTo(from);
        assertThat(view.to()).isEqualTo(to);
        YearMonth through = view.publishedThrough();
        if (through == null) {
            assertThat(Grid.lastPublishable(today)).as("a month that has ended is published").isBefore(from);
            assertThat(view.notices()).isEmpty();
            assertThat(view.firstPersonalContact()).isNull();
            assertThat(view.children()).isNull();
            return;
        }
        assertThat(through).as("only months that have ended").isBeforeOrEqualTo(Grid.lastPublishable(today))
                .isBeforeOrEqualTo(to).isAfterOrEqualTo(from);
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < world.columns.size(); c++) {
            if (board == null || world.columns.get(c).equals(board)) {
                cols.add(c);
            }
        }
        Map<String, Figure> notices = listed(view.notices(), n -> n.month() + " " + n.board() + " " + n.kind(),
                StatisticsView.NoticeCount::count);
        for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
            for (int c : cols) {
                for (String kind : Tables.NOTICE_KINDS) {
                    figure(Tables.notices(kind), m, m, 0, List.of(c),
                            notices.remove(m + " " + world.columns.get(c) + " " + kind));
                }
            }
        }
        assertThat(notices).as("notices outside the period or the scope").isEmpty();
        if (board == null) {
            Map<String, Figure> totals = listed(view.noticeTotals(), n -> n.month() + " " + n.kind(),
                    StatisticsView.NoticeTotal::count);
            for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
                for (String kind : Tables.NOTICE_KINDS) {
                    figure(Tables.notices(kind), m, m, 0, cols, totals.remove(m + " " + kind));
                }
            }
            assertThat(totals).as("totals outside the period").isEmpty();
        } else {
            assertThat(view.noticeTotals()).isNull();
        }

        Figure contacted = view.firstPersonalContact().cases();
        figure(Tables.CONTACTED, from, through, 0, cols, contacted);
        boolean times = contacted.count() != null && contacted.count() > 0;
        assertThat(view.firstPersonalContact().medianHours()).isEqualTo(times ? Answers.round(hours.medianHours()) : null);
        assertThat(view.firstPersonalContact().p90Hours()).isEqualTo(times ? Answers.round(hours.p90Hours()) : null);

        Figure cases = view.children().cases();
        figure(Tables.CASES, from, through, -1, cols, cases);
        Figure withChildren = view.children().withChildren();
        figure(Tables.WITH_CHILDREN, from, through, 0, cols, withChildren);
        boolean share = cases.count() != null && withChildren.count() != null && cases.count() > 0;
        assertThat(view.children().share()).isEqualTo(share
                ? Math.round(1000.0 * withChildren.count() / cases.count()) / 1000.0 : null);

        Map<String, Figure> outcomes = listed(view.outcomes(), o -> o.outcome() + " " + o.avertedBy(),
                StatisticsView.OutcomeCount::count);
        for (String[] o : Tables.OUTCOMES) {
            figure(Tables.outcome(o[0], o[1]), from, through, 0, cols, outcomes.remove(o[0] + " " + o[1]));
        }
        assertThat(outcomes).isEmpty();
        Map<String, Figure> deadlines = listed(view.deadlines(), d -> d.deadline() + " " + d.state(),
                StatisticsView.DeadlineCount::count);
        for (String kind : Tables.DEADLINE_KINDS) {
            for (int s = 0; s < Tables.DEADLINE_STATES.size(); s++) {
                String state = Tables.DEADLINE_STATES.get(s);
                Figure f = deadlines.remove(kind + " " + state);
                if (kind.equals(Tables.PRE_ASSESSMENT)) {
                    figure(Tables.CASES, from, through, s, cols, f);
                } else {
                    figure(Tables.deadline(kind, state), from, through, 0, cols, f);
                }
            }
        }
        assertThat(deadlines).isEmpty();
    }

    /** Asserts that nothing hidden, and no count of 1–4 anywhere in the world, follows from what was read. */
    void assertNothingDerivable() {
        for (Target t : hidden) {
            assertThat(attackers.get(t.table()).derives(t.counts())).as("derivable: %s", t.what()).isFalse();
        }
        for (String table : Tables.ALL.keySet()) {
            LinearAttacker attacker = attackers.get(table);
            int rows = world.rows(table);
            int columns = world.columns.size();
            for (YearMonth m = world.first; !m.isAfter(world.last()); m = m.plusMonths(1)) {
                List<int[]> values = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int r = -1; r < rows; r++) {
                    for (int c = -1; c < columns; c++) {
                        List<int[]> parts = new ArrayList<>();
                        for (int rr = 0; rr < rows; rr++) {
                            for (int cc = 0; cc < columns; cc++) {
                                if ((r < 0 || rr == r) && (c < 0 || cc == c)) {
                                    parts.add(new int[] { world.variable(table, m, rr, cc), (int) world.count(table, m, rr, cc) });
                                }
                            }
                        }
                        long sum = parts.stream().mapToLong(p -> p[1]).sum();
                        if (sum >= 1 && sum < Figure.THRESHOLD) {
                            values.add(parts.stream().mapToInt(p -> p[0]).toArray());
                            names.add(table + " " + m + " row " + r + " column " + c + " = " + sum);
                        }
                    }
                }
                for (int i = 0; i < values.size(); i++) {
                    assertThat(attacker.derives(values.get(i))).as("a small count is derivable: %s", names.get(i)).isFalse();
                }
            }
        }
    }

    /** A figure over the months first..last of the table's row (-1: all rows) and the columns given. */
    private void figure(String table, YearMonth first, YearMonth last, int row, List<Integer> cols, Figure listed) {
        Figure f = listed == null ? ZERO : listed;
        List<Integer> vars = new ArrayList<>();
        long truth = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (m.isBefore(world.first) || m.isAfter(world.last())) {
                continue;
            }
            for (int r = 0; r < world.rows(table); r++) {
                if (row >= 0 && r != row) {
                    continue;
                }
                for (int c : cols) {
                    vars.add(world.variable(table, m, r, c));
                    truth += world.count(table, m, r, c);
                }
            }
        }
        int[] counts = vars.stream().mapToInt(Integer::intValue).toArray();
        String what = table + " " + first + ".." + last + " row " + row + " columns " + cols;
        if (f.count() != null) {
            assertThat(f.count()).as("published %s", what).isEqualTo(truth);
            assertThat(f.suppressed()).isNull();
            attackers.get(table).learn(counts);
            published++;
        } else {
            assertThat(f.suppressed()).isEqualTo(Figure.HIDDEN);
            assertThat(counts).as("a hidden figure rests on counts: %s", what).isNotEmpty();
            hidden.add(new Target(table, counts, what));
        }
    }

    private static <T> Map<String, Figure> listed(List<T> list, Function<T, String> key, Function<T, Figure> figure) {
        Map<String, Figure> map = new HashMap<>();
        for (T t : list) {
            Figure f = figure.apply(t);
            assertThat(f.count() == null || f.count() != 0).as("a published 0 is left out of the list").isTrue();
            assertThat(map.put(key.apply(t), f)).as("listed twice: %s", key.apply(t)).isNull();
        }
        return map;
    }
}
