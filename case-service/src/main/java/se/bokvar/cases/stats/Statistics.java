package se.bokvar.cases.stats;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Aggregates without personal data (no ids, names or addresses leave this class), with small counts suppressed
 * ({@link Figure}). Months and periods are Stockholm calendar months.
 */
@ApplicationScoped
public class Statistics {

    static final String NOTICES = """
            select to_char(n.received_at at time zone 'Europe/Stockholm', 'YYYY-MM') as month,
                   coalesce(c.board, 'unrouted') as board, n.kind, count(*)
            from case_notice n join household_case c on c.id = n.case_id
            where n.received_at >= ?1 and n.received_at < ?2 and (cast(?3 as text) is null or c.board = ?3)
            group by 1, 2, 3 order by 1, 2, 3
            """;
    static final String CONTACT = """
            with firsts as (
                select c.id,
                       (select min(n.received_at) from case_notice n where n.case_id = c.id) as received,
                       (select min(s.performed_at) from case_step s where s.case_id = c.id and s.kind = 'TENANT_CONTACT'
                               and s.status = 'DONE' and s.details->>'personalContact' = 'true') as contacted
                from household_case c
                where c.opened_at >= ?1 and c.opened_at < ?2 and (cast(?3 as text) is null or c.board = ?3))
            select count(*),
                   percentile_cont(0.5) within group (order by extract(epoch from contacted - received) / 3600),
                   percentile_cont(0.9) within group (order by extract(epoch from contacted - received) / 3600)
            from firsts where contacted is not null and contacted >= received
            """;
    static final String CHILDREN = """
            select count(*), count(*) filter (where c.children_known = 'YES') from household_case c
            where c.opened_at >= ?1 and c.opened_at < ?2 and (cast(?3 as text) is null or c.board = ?3)
            """;
    static final String OUTCOMES = """
            select c.outcome, coalesce(c.outcome_detail, ''), count(*) from household_case c
            where c.closed_at >= ?1 and c.closed_at < ?2 and (cast(?3 as text) is null or c.board = ?3)
            group by 1, 2 order by 1, 2
            """;
    static final String DEADLINES = """
            select d.kind, d.state, count(*) from case_deadline d join household_case c on c.id = d.case_id
            where c.opened_at >= ?1 and c.opened_at < ?2 and (cast(?3 as text) is null or c.board = ?3)
            group by 1, 2 order by 1, 2
            """;

    private final Mutiny.SessionFactory sessionFactory;

    @Inject
    public Statistics(Mutiny.SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /**
     * @param board the board, or null for the whole municipality
     */
    public Uni<StatisticsView> figures(String board, YearMonth from, YearMonth to) {
        OffsetDateTime start = from.atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime end = to.plusMonths(1).atDay(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        return sessionFactory.withSession(session -> rows(session, NOTICES, start, end, board).flatMap(notices -> rows(
                session, CONTACT, start, end, board).flatMap(contact -> rows(session, CHILDREN, start, end, board)
                        .flatMap(children -> rows(session, OUTCOMES, start, end, board)
                                .flatMap(outcomes -> rows(session, DEADLINES, start, end, board).map(deadlines -> {
                                    List<StatisticsView.NoticeCount> n = new ArrayList<>();
                                    for (Object[] r : notices) {
                                        n.add(new StatisticsView.NoticeCount((String) r[0], (String) r[1], (String) r[2],
                                                Figure.of(count(r[3]))));
                                    }
                                    Object[] k = contact.get(0);
                                    long contacted = count(k[0]);
                                    boolean show = contacted >= Figure.THRESHOLD;
                                    StatisticsView.ContactTime time = new StatisticsView.ContactTime(Figure.of(contacted),
                                            show ? round(k[1]) : null, show ? round(k[2]) : null);
                                    Object[] ch = children.get(0);
                                    long cases = count(ch[0]);
                                    long withChildren = count(ch[1]);
                                    StatisticsView.Children c = new StatisticsView.Children(Figure.of(cases),
                                            Figure.of(withChildren), Figure.share(withChildren, cases));
                                    List<StatisticsView.OutcomeCount> o = new ArrayList<>();
                                    for (Object[] r : outcomes) {
                                        o.add(new StatisticsView.OutcomeCount((String) r[0],
                                                ((String) r[1]).isEmpty() ? null : (String) r[1], Figure.of(count(r[2]))));
                                    }
                                    List<StatisticsView.DeadlineCount> d = new ArrayList<>();
                                    for (Object[] r : deadlines) {
                                        d.add(new StatisticsView.DeadlineCount((String) r[0], (String) r[1], Figure.of(count(r[2]))));
                                    }
                                    return new StatisticsView(board == null ? "municipality" : board, from, to, n, time, c, o, d);
                                }))))));
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, OffsetDateTime start, OffsetDateTime end,
            String board) {
        return session.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).setParameter(3, board)
                .getResultList().map(list -> list.stream().map(r -> r instanceof Object[] a ? a : new Object[] { r }).toList());
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double round(Object o) {
        return o == null ? null : Math.round(((Number) o).doubleValue() * 10.0) / 10.0;
    }
}
