package se.bokvar.cases.app.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Routing;
import se.bokvar.cases.store.stats.StatisticsStore;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Aggregates without personal data (no ids, names or addresses leave this class), published through the statistics
 * grid ({@link Grid}): the raw counts of every board for the months asked go into the grid, one suppressed table per
 * measure and month, and the answer is assembled from its published values only ({@link Answers}). Months are
 * Stockholm calendar months; only months that have ended are published.
 */
@ApplicationScoped
public class Statistics {

    private static final Logger LOG = Logger.getLogger(Statistics.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final StatisticsStore store;
    private final Routing routing;
    private final Clock clock;

    @Inject
    public Statistics(Mutiny.SessionFactory sessionFactory, StatisticsStore store, Routing routing, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.store = store;
        this.routing = routing;
        this.clock = clock;
    }

    /**
     * @param board the board, or null for the whole municipality
     * @param to    the last month asked; figures go up to it or to the last month that has ended, if earlier
     */
    public Uni<StatisticsView> figures(String board, YearMonth from, YearMonth to) {
        if (board != null && !routing.table().boards().contains(board)) {
            throw ProblemException.validation("scope", "your board is not a board of the routing table: ask for scope=municipality");
        }
        YearMonth through = Grid.publishedThrough(to, Stockholm.today(clock));
        if (through.isBefore(from)) {
            return Uni.createFrom().item(Answers.nothingYet(board, from, to));
        }
        OffsetDateTime start = from.atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = through.plusMonths(1).atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        Grid.Builder grid = Grid.builder(Grid.columns(routing.table().boards()), from, through);
        Set<String> unknown = new TreeSet<>();
        return sessionFactory.withSession(session -> store.notices(session, start, end)
                .invoke(rows -> rows.forEach(r -> add(grid, unknown, Tables.notices(r.kind()), r.month(), 0, r.board(), r.count())))
                .chain(() -> store.cases(session, start, end)).invoke(rows -> rows.forEach(r -> {
                    add(grid, unknown, Tables.CASES, r.month(), Tables.CASE_ROWS.indexOf(r.preAssessment()), r.board(), r.cases());
                    add(grid, unknown, Tables.WITH_CHILDREN, r.month(), 0, r.board(), r.withChildren());
                    add(grid, unknown, Tables.CONTACTED, r.month(), 0, r.board(), r.contacted());
                }))
                .chain(() -> store.outcomes(session, start, end)).invoke(rows -> rows.forEach(r -> add(grid, unknown,
                        Tables.outcome(r.outcome(), r.detail()), r.month(), 0, r.board(), r.count())))
                .chain(() -> store.deadlines(session, start, end)).invoke(rows -> rows.forEach(r -> add(grid, unknown,
                        Tables.deadline(r.kind(), r.state()), r.month(), 0, r.board(), r.count())))
                .chain(() -> store.contact(session, start, end, board)))
                .map(contact -> {
                    if (!unknown.isEmpty()) {
                        // codes only (no personal data): a code no enum has is in no table and is left out
                        LOG.warnf("Statistics: counts with codes no statistics table has were left out: %s", unknown);
                    }
                    return Answers.of(grid.build(), board, to,
                            new Answers.ContactHours(contact.medianHours(), contact.p90Hours()));
                });
    }

    private static void add(Grid.Builder grid, Set<String> unknown, String table, String month, int row, String board,
            long count) {
        if (!Tables.exists(table) || row < 0) {
            unknown.add(table + (row < 0 ? " (a pre-assessment state)" : ""));
            return;
        }
        grid.add(table, YearMonth.parse(month), row, board, count);
    }
}
