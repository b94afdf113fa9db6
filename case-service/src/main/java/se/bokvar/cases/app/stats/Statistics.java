package se.bokvar.cases.app.stats;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.stats.StatisticsStore;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Aggregates without personal data (no ids, names or addresses leave this class), with small counts suppressed
 * ({@link Figure}). Months and periods are Stockholm calendar months.
 */
@ApplicationScoped
public class Statistics {

    private final Mutiny.SessionFactory sessionFactory;

    private final StatisticsStore store;

    @Inject
    public Statistics(Mutiny.SessionFactory sessionFactory, StatisticsStore store) {
        this.sessionFactory = sessionFactory;
        this.store = store;
    }

    /**
     * @param board the board, or null for the whole municipality
     */
    public Uni<StatisticsView> figures(String board, YearMonth from, YearMonth to) {
        OffsetDateTime start = from.atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusMonths(1).atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        return sessionFactory.withSession(session -> store.notices(session, start, end, board).flatMap(notices -> store
                .contact(session, start, end, board).flatMap(contact -> store.children(session, start, end, board)
                        .flatMap(children -> store.outcomes(session, start, end, board)
                                .flatMap(outcomes -> store.deadlines(session, start, end, board).map(deadlines -> {
                                    List<StatisticsView.NoticeCount> n = new ArrayList<>();
                                    for (StatisticsStore.NoticeCountRow r : notices) {
                                        n.add(new StatisticsView.NoticeCount(r.month(), r.board(), r.kind(), Figure.of(r.count())));
                                    }
                                    long contacted = contact.contacted();
                                    boolean show = contacted >= Figure.THRESHOLD;
                                    StatisticsView.ContactTime time = new StatisticsView.ContactTime(Figure.of(contacted),
                                            show ? round(contact.medianHours()) : null, show ? round(contact.p90Hours()) : null);
                                    long cases = children.cases();
                                    long withChildren = children.withChildren();
                                    StatisticsView.Children c = new StatisticsView.Children(Figure.of(cases),
                                            Figure.of(withChildren), Figure.share(withChildren, cases));
                                    List<StatisticsView.OutcomeCount> o = new ArrayList<>();
                                    for (StatisticsStore.OutcomeRow r : outcomes) {
                                        o.add(new StatisticsView.OutcomeCount(r.outcome(), r.detail(), Figure.of(r.count())));
                                    }
                                    List<StatisticsView.DeadlineCount> d = new ArrayList<>();
                                    for (StatisticsStore.DeadlineCountRow r : deadlines) {
                                        d.add(new StatisticsView.DeadlineCount(r.kind(), r.state(), Figure.of(r.count())));
                                    }
                                    return new StatisticsView(board == null ? "municipality" : board, from, to, n, time, c, o, d);
                                }))))));
    }

    static Double round(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue() * 10.0) / 10.0;
    }
}
