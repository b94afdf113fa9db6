package se.bokvar.cases.store.stats;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * The statistics' SQL: aggregates only (no ids, names or addresses), for a period and a board (null: the whole
 * municipality). Months are Stockholm calendar months.
 */
@ApplicationScoped
public class StatisticsStore {

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

    /** Notices received per month, board and kind. */
    public record NoticeCountRow(String month, String board, String kind, long count) {
    }

    /** Hours from the first notice to the first personal contact: how many cases, the median and the 90th percentile. */
    public record ContactRow(long contacted, Double medianHours, Double p90Hours) {
    }

    public record ChildrenRow(long cases, long withChildren) {
    }

    /** @param detail the outcome's detail, or null */
    public record OutcomeRow(String outcome, String detail, long count) {
    }

    public record DeadlineCountRow(String kind, String state, long count) {
    }

    public Uni<List<NoticeCountRow>> notices(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return rows(session, NOTICES, start, end, board)
                .map(rs -> rs.stream().map(r -> new NoticeCountRow((String) r[0], (String) r[1], (String) r[2], count(r[3]))).toList());
    }

    public Uni<ContactRow> contact(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return rows(session, CONTACT, start, end, board).map(rs -> {
            Object[] k = rs.get(0);
            return new ContactRow(count(k[0]), number(k[1]), number(k[2]));
        });
    }

    public Uni<ChildrenRow> children(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return rows(session, CHILDREN, start, end, board).map(rs -> new ChildrenRow(count(rs.get(0)[0]), count(rs.get(0)[1])));
    }

    public Uni<List<OutcomeRow>> outcomes(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return rows(session, OUTCOMES, start, end, board).map(rs -> rs.stream().map(r -> new OutcomeRow((String) r[0],
                ((String) r[1]).isEmpty() ? null : (String) r[1], count(r[2]))).toList());
    }

    public Uni<List<DeadlineCountRow>> deadlines(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return rows(session, DEADLINES, start, end, board)
                .map(rs -> rs.stream().map(r -> new DeadlineCountRow((String) r[0], (String) r[1], count(r[2]))).toList());
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, OffsetDateTime start, OffsetDateTime end,
            String board) {
        return session.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).setParameter(3, board)
                .getResultList().map(list -> list.stream().map(r -> r instanceof Object[] a ? a : new Object[] { r }).toList());
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
