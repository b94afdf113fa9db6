package se.bokvar.cases.app.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Assembles an answer only from the published values of the {@link Grid}: for the board its column, for the
 * municipality the row totals (the grand total for the opened cases), over the grid's months. Nothing here sees a
 * raw count. The figures that are not counts rest on published counts: the median and 90th percentile of the time
 * to the first personal contact are shown only when the count of cases they are taken over is published (and not
 * 0), the share with children only when both its counts are.
 *
 * <p>Plain Java: the property test plays the attacker against these answers without a database.
 */
public final class Answers {

    /** The contact times over the cases of the scope and period, as the database computed them (not yet judged). */
    public record ContactHours(Double medianHours, Double p90Hours) {
    }

    private Answers() {
    }

    /** The answer for a period of which no month has ended: no figures. */
    public static StatisticsView nothingYet(String board, YearMonth from, YearMonth to) {
        return new StatisticsView(scope(board), from, to, null, List.of(), board == null ? List.of() : null, null, null,
                List.of(), List.of());
    }

    /**
     * @param grid  the grid over the months to answer for (the period asked, up to the last month that has ended)
     * @param board the board, or null for the whole municipality
     * @param to    the last month asked (may be after the grid's last month)
     * @param hours the contact times over the same cases as {@link Tables#CONTACTED} counts for the scope and the
     *              grid's months
     * @throws IllegalArgumentException if the board is not a column of the grid
     */
    public static StatisticsView of(Grid grid, String board, YearMonth to, ContactHours hours) {
        int col = board == null ? -1 : grid.column(board);
        if (board != null && col < 0) {
            throw new IllegalArgumentException("the board is not a column of the grid");
        }
        List<StatisticsView.NoticeCount> notices = new ArrayList<>();
        List<StatisticsView.NoticeTotal> totals = board == null ? new ArrayList<>() : null;
        for (YearMonth month : grid.months()) {
            for (int c = 0; c < grid.columns().size(); c++) {
                if (col >= 0 && c != col) {
                    continue;
                }
                for (String kind : Tables.NOTICE_KINDS) {
                    Figure f = Figure.of(grid.value(Tables.notices(kind), month, 0, c));
                    if (Figure.worthListing(f)) {
                        notices.add(new StatisticsView.NoticeCount(month.toString(), grid.columns().get(c), kind, f));
                    }
                }
            }
            if (totals != null) {
                for (String kind : Tables.NOTICE_KINDS) {
                    Figure f = Figure.of(grid.value(Tables.notices(kind), month, 0, -1));
                    if (Figure.worthListing(f)) {
                        totals.add(new StatisticsView.NoticeTotal(month.toString(), kind, f));
                    }
                }
            }
        }

        Figure contacted = range(grid, Tables.CONTACTED, 0, col);
        boolean timesShown = !Figure.isHidden(contacted) && contacted.count() > 0 && hours != null;
        StatisticsView.ContactTime contact = new StatisticsView.ContactTime(contacted,
                timesShown ? round(hours.medianHours()) : null, timesShown ? round(hours.p90Hours()) : null);

        Figure cases = range(grid, Tables.CASES, -1, col);
        Figure withChildren = range(grid, Tables.WITH_CHILDREN, 0, col);
        StatisticsView.Children children = new StatisticsView.Children(cases, withChildren,
                Figure.share(withChildren, cases));

        List<StatisticsView.OutcomeCount> outcomes = new ArrayList<>();
        for (String[] o : Tables.OUTCOMES) {
            Figure f = range(grid, Tables.outcome(o[0], o[1]), 0, col);
            if (Figure.worthListing(f)) {
                outcomes.add(new StatisticsView.OutcomeCount(o[0], o[1], f));
            }
        }

        List<StatisticsView.DeadlineCount> deadlines = new ArrayList<>();
        for (String kind : Tables.DEADLINE_KINDS) {
            for (int s = 0; s < Tables.DEADLINE_STATES.size(); s++) {
                String state = Tables.DEADLINE_STATES.get(s);
                Figure f = kind.equals(Tables.PRE_ASSESSMENT) ? range(grid, Tables.CASES, s, col)
                        : range(grid, Tables.deadline(kind, state), 0, col);
                if (Figure.worthListing(f)) {
                    deadlines.add(new StatisticsView.DeadlineCount(kind, state, f));
                }
            }
        }
        return new StatisticsView(scope(board), grid.from(), to, grid.through(), notices, totals, contact, children,
                outcomes, deadlines);
    }

    private static Figure range(Grid grid, String table, int row, int col) {
        OptionalLong v = grid.range(table, grid.from(), grid.through(), row, col);
        return Figure.of(v);
    }

    private static String scope(String board) {
        return board == null ? "municipality" : board;
    }

    static Double round(Double hours) {
        return hours == null ? null : Math.round(hours * 10.0) / 10.0;
    }
}
