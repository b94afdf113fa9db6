package se.bokvar.cases.store.stats;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * The statistics' SQL: aggregates only (no ids, names or addresses). The counts are raw, per Stockholm calendar
 * month and board ({@code unrouted} when none) <em>for every board</em>: they are the input of the statistics grid,
 * which suppresses them (app.stats.Grid); they are never an answer as they are. Only the contact times are taken
 * for one board (null: the whole municipality).
 */
@ApplicationScoped
public class StatisticsStore {

    static final String NOTICES = """
            select to_char(n.received_at at time zone 'Europe/Stockholm', 'YYYY-MM') as month,
                   coalesce(c.board, 'unrouted') as board, n.kind, count(*)
            from case_notice n join household_case c on c.id = n.case_id
            where n.received_at >= ?1 and n.received_at < ?2
            group by 1, 2, 3 order by 1, 2, 3
            """;
    /** The cases' first notice and first personal contact (a letter is not), for the contact figures. */
    static final String FIRSTS = """
            select c.id, c.board, c.opened_at, c.children_known,
                   (select d.state from case_deadline d where d.case_id = c.id and d.kind = 'PRE_ASSESSMENT'
                    order by d.ref limit 1) as pre_assessment,
                   (select min(n.received_at) from case_notice n where n.case_id = c.id) as received,
                   (select min(s.performed_at) from case_step s where s.case_id = c.id and s.kind = 'TENANT_CONTACT'
                           and s.status = 'DONE' and s.details->>'personalContact' = 'true') as contacted
            from household_case c
            where c.opened_at >= ?1 and c.opened_at < ?2
            """;
    static final String CASES = "with firsts as (" + FIRSTS + """
            )
            select to_char(opened_at at time zone 'Europe/Stockholm', 'YYYY-MM'), coalesce(board, 'unrouted'),
                   coalesce(pre_assessment, 'NONE'), count(*), count(*) filter (where children_known = 'YES'),
                   count(*) filter (where contacted is not null and contacted >= received)
            from firsts group by 1, 2, 3 order by 1, 2, 3
            """;
    static final String CONTACT = "with firsts as (" + FIRSTS + """
            )
            select count(*),
                   percentile_cont(0.5) within group (order by extract(epoch from contacted - received) / 3600),
                   percentile_cont(0.9) within group (order by extract(epoch from contacted - received) / 3600)
            from firsts where contacted is not null and contacted >= received and (cast(?3 as text) is null or board = ?3)
            """;
    static final String OUTCOMES = """
            select to_char(c.closed_at at time zone 'Europe/Stockholm', 'YYYY-MM'), coalesce(c.board, 'unrouted'),
                   c.outcome, coalesce(c.outcome_detail, ''), count(*)
            from household_case c
            where c.closed_at >= ?1 and c.closed_at < ?2
            group by 1, 2, 3, 4 order by 1, 2, 3, 4
            """;
    /** Every kind but the pre-assessment, which is counted with the cases ({@link #CASES}). */
    static final String DEADLINES = """
            select to_char(c.opened_at at time zone 'Europe/Stockholm', 'YYYY-MM'), coalesce(c.board, 'unrouted'),
                   d.kind, d.state, count(*)
            from case_deadline d join household_case c on c.id = d.case_id
            where c.opened_at >= ?1 and c.opened_at < ?2 and d.kind <> 'PRE_ASSESSMENT'
            group by 1, 2, 3, 4 order by 1, 2, 3, 4
            """;

    /** Notices received per month, board and kind. */
    public record NoticeCountRow(String month, String board, String kind, long count) {
    }

    /**
     * Cases opened per month, board and state of their pre-assessment deadline ({@code NONE} without one): how
     * many, how many with children, how many with a first personal contact after the first notice.
     */
    public record CaseCountRow(String month, String board, String preAssessment, long cases, long withChildren,
            long contacted) {
    }

    /** Hours from the first notice to the first personal contact: how many cases, the median and the 90th percentile. */
    public record ContactRow(long contacted, Double medianHours, Double p90Hours) {
    }

    /** Cases closed per month, board and outcome; {@code detail} (how an eviction was averted) or null. */
    public record OutcomeRow(String month, String board, String outcome, String detail, long count) {
    }

    /** Deadlines of the cases opened per month and board, per kind and state. */
    public record DeadlineCountRow(String month, String board, String kind, String state, long count) {
    }

    public Uni<List<NoticeCountRow>> notices(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end) {
        return rows(session, NOTICES, start, end).map(rs -> rs.stream()
                .map(r -> new NoticeCountRow((String) r[0], (String) r[1], (String) r[2], count(r[3]))).toList());
    }

    public Uni<List<CaseCountRow>> cases(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end) {
        return rows(session, CASES, start, end).map(rs -> rs.stream().map(r -> new CaseCountRow((String) r[0],
                (String) r[1], (String) r[2], count(r[3]), count(r[4]), count(r[5]))).toList());
    }

    /** @param board the board, or null for every case */
    public Uni<ContactRow> contact(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end, String board) {
        return session.createNativeQuery(CONTACT).setParameter(1, start).setParameter(2, end).setParameter(3, board)
                .getResultList().map(StatisticsStore::arrays).map(rs -> {
                    Object[] k = rs.get(0);
                    return new ContactRow(count(k[0]), number(k[1]), number(k[2]));
                });
    }

    public Uni<List<OutcomeRow>> outcomes(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end) {
        return rows(session, OUTCOMES, start, end).map(rs -> rs.stream().map(r -> new OutcomeRow((String) r[0],
                (String) r[1], (String) r[2], ((String) r[3]).isEmpty() ? null : (String) r[3], count(r[4]))).toList());
    }

    public Uni<List<DeadlineCountRow>> deadlines(Mutiny.Session session, OffsetDateTime start, OffsetDateTime end) {
        return rows(session, DEADLINES, start, end).map(rs -> rs.stream().map(r -> new DeadlineCountRow((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], count(r[4]))).toList());
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, OffsetDateTime start, OffsetDateTime end) {
        return session.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).getResultList()
                .map(StatisticsStore::arrays);
    }

    private static List<Object[]> arrays(List<?> list) {
        return list.stream().map(r -> r instanceof Object[] a ? a : new Object[] { r }).toList();
    }

    static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
