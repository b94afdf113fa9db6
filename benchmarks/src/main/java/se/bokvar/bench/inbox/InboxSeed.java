package se.bokvar.bench.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Seeds case-service's database with {@code n} synthetic cases, straight into its tables as the superuser
 * (server-side {@code generate_series} inserts, then {@code VACUUM ANALYZE}). Reproducible ({@code setseed}); every
 * seeded case has a tenancy key starting with {@code bench:} so a re-seed removes exactly them.
 *
 * <p>The distribution (docs/benchmarks.md):
 * <ul>
 * <li>board: Nordost, Centrum, Hisingen 25 % each, Sydväst 23 %, unrouted 2 %;</li>
 * <li>status: 70 % closed; open: opened 8 %, pre-assessment 10 %, investigation 6 %, support 4 %, follow-up 2 %;</li>
 * <li>escalation: early warning 20 %, request to rectify 10 %, termination 60 %, eviction 10 % (urgent);</li>
 * <li>children: yes 25 %, no 55 %, unknown 20 %;</li>
 * <li>open cases: 60 % assigned, to one of 40 caseworkers of the board (Nordost's first is {@code anna}), 40 %
 * unassigned; the most urgent deadline between 5 days ago and 25 days ahead (none for 5 %), 10 % with a breached
 * deadline, 5 % with a notice still without a position; opened within the last 120 days;</li>
 * <li>closed cases: opened 4–5 years back to 120 days ago, with an outcome;</li>
 * <li>per case one notice (Kronofogden's for evictions), one person; per open case one deadline row.</li>
 * </ul>
 */
public final class InboxSeed {

    static final String MARK = "bench:";

    private InboxSeed() {
    }

    /**
     * What the benchmarks that read the seeded cases do first (inbox, web): with {@code seed}, seeds {@code cases}
     * cases unless exactly that many seeded cases are already there ({@code reseed}: remove them and seed again);
     * without it, measures whatever is there. Prints what it did.
     */
    public static void prepare(Connection c, int cases, boolean seed, boolean reseed) throws SQLException {
        if (!seed) {
            return;
        }
        long have = existing(c);
        if (reseed || have != cases) {
            if (have > 0) {
                System.out.printf("Removing %,d earlier seeded cases ...%n", have);
                remove(c);
            }
            System.out.printf("Seeding %,d cases (server-side inserts as the superuser, then VACUUM ANALYZE) ...%n", cases);
            long t0 = System.nanoTime();
            seed(c, cases);
            System.out.printf("Seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.printf("%,d seeded cases are already there (--reseed to seed again)%n", have);
        }
    }

    static long existing(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from household_case where tenancy_key like 'bench:%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void remove(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table bench_ids as select id from household_case where tenancy_key like 'bench:%'");
            for (String table : new String[] { "case_deadline", "case_person", "case_notice_revision", "case_notice",
                    "case_timeline", "case_step", "case_task", "deadline_alert" }) {
                if ("case_notice_revision".equals(table)) {
                    s.execute("delete from case_notice_revision where notice_id in (select n.id from case_notice n join bench_ids b on b.id = n.case_id)");
                } else {
                    s.execute("delete from " + table + " where case_id in (select id from bench_ids)");
                }
            }
            s.execute("delete from household_case where id in (select id from bench_ids)");
            s.execute("drop table bench_ids");
        }
    }

    static void seed(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select setseed(0.42)");
            s.execute("create temporary table bench_seed as select i, random() r_board, random() r_status, random() r_kind,"
                    + " random() r_child, random() r_assign, random() r_due, random() r_age, random() r_pos, random() r_cw"
                    + " from generate_series(1, " + n + ") i");
            s.execute("""
                    insert into household_case (id, board, unit, status, opened_at, tenancy_key, building_key, street,
                        postal_code, city, flat_number, children_known, assigned_to, version, escalation, urgent, assigned_at,
                        closed_at, outcome, outcome_detail, inbox_due_at, inbox_deadline, notices_without_position,
                        has_breached_deadline, access_sequence)
                    select id, board, 'adult', status, opened_at, 'bench:' || i, 'bench-building:' || (i / 20),
                        'Benchgatan ' || (i % 500 + 1), postal, 'Göteborg', (1000 + i % 9000)::text, children,
                        assigned, 0, escalation, escalation = 'EVICTION',
                        case when assigned is null then null else opened_at + interval '1 day' end,
                        case when status = 'CLOSED' then opened_at + interval '60 days' end,
                        case when status = 'CLOSED' then (array['EVICTION_AVERTED', 'EVICTION_CARRIED_OUT', 'MOVED_OUT',
                            'NO_CONTACT', 'OTHER'])[1 + i % 5] end,
                        case when status = 'CLOSED' and i % 5 = 0 then 'PAYMENT_COMMITMENT' end,
                        case when status <> 'CLOSED' and r_due >= 0.05 then now() + ((r_due - 0.05) / 0.95 * 30 - 5) * interval '1 day' end,
                        case when status <> 'CLOSED' and r_due >= 0.05 then (case escalation when 'EVICTION' then 'EVICTION'
                            when 'TERMINATION_UNPAID_RENT' then 'RECOVERY_PERIOD' else 'PRE_ASSESSMENT' end) end,
                        case when status <> 'CLOSED' and r_pos < 0.05 then 1 else 0 end,
                        status <> 'CLOSED' and r_pos >= 0.05 and r_pos < 0.15,
                        1
                    from (
                        select i, md5('bench-case-' || i)::uuid id, r_due, r_pos,
                            case when r_board < 0.25 then 'nordost' when r_board < 0.50 then 'centrum'
                                 when r_board < 0.75 then 'hisingen' when r_board < 0.98 then 'sydvast' end board,
                            case when r_board < 0.25 then '41502' when r_board < 0.50 then '41120'
                                 when r_board < 0.75 then '41705' when r_board < 0.98 then '41450' else '42800' end postal,
                            case when r_status < 0.70 then 'CLOSED' when r_status < 0.78 then 'OPENED'
                                 when r_status < 0.88 then 'PRE_ASSESSMENT' when r_status < 0.94 then 'INVESTIGATION'
                                 when r_status < 0.98 then 'SUPPORT' else 'FOLLOW_UP' end status,
                            case when r_kind < 0.20 then 'EARLY_WARNING' when r_kind < 0.30 then 'RECTIFICATION_REQUEST'
                                 when r_kind < 0.90 then 'TERMINATION_UNPAID_RENT' else 'EVICTION' end escalation,
                            case when r_child < 0.25 then 'YES' when r_child < 0.80 then 'NO' else 'UNKNOWN' end children,
                            case when r_status < 0.70 then now() - (120 + r_age * 1700) * interval '1 day'
                                 else now() - r_age * 120 * interval '1 day' end opened_at,
                            case when r_status >= 0.70 and r_assign < 0.60 and r_board < 0.98 then
                                 case when r_board < 0.25 and floor(r_cw * 40) = 0 then 'anna'
                                      else 'cw-' || floor(r_board * 4)::int || '-' || floor(r_cw * 40)::int end end assigned
                        from bench_seed) x
                    """);
            s.execute("""
                    insert into case_notice (id, case_id, kind, source, sender_id, sender_reference, received_at, served_on,
                        monthly_rent, debt_amount, months_in_arrears, payload, registered_at, tenure, status,
                        counting_received_at, revision, kfm_case_number, children_known, position, position_by, position_at)
                    select md5('bench-notice-' || c.id)::uuid, c.id, c.escalation,
                        case when c.escalation = 'EVICTION' then 'kronofogden' else 'landlord' end,
                        case when c.escalation = 'EVICTION' then 'kronofogden' else 'hemma-bostader' end,
                        'BENCH-' || substr(c.id::text, 1, 8), c.opened_at, (c.opened_at at time zone 'Europe/Stockholm')::date,
                        7850, 15700, 2, '{"bench": true}'::jsonb, c.opened_at, 'RENTAL', 'ACTIVE', c.opened_at, 1,
                        case when c.escalation = 'EVICTION' then 'KFM-BENCH-' || substr(c.id::text, 1, 8) end,
                        c.children_known,
                        case when c.notices_without_position = 0 then 'OPEN_PRE_ASSESSMENT' end,
                        case when c.notices_without_position = 0 then 'bench' end,
                        case when c.notices_without_position = 0 then c.opened_at + interval '1 hour' end
                    from household_case c where c.tenancy_key like 'bench:%'
                    """);
            s.execute("""
                    insert into case_person (case_id, personal_identity_number, coordination_number, name, role, person_key, source)
                    select c.id, '19' || lpad((abs(hashtext(c.id::text)) % 10000000000)::text, 10, '0'), false,
                        'Bench Person', 'tenant', md5('bench-person-' || c.id), 'notice'
                    from household_case c where c.tenancy_key like 'bench:%'
                    """);
            s.execute("""
                    insert into case_deadline (case_id, kind, ref, due_on, due_at, act_by, state, near_at, next_check_at,
                        details, computed_at)
                    select c.id, c.inbox_deadline, 'bench', (c.inbox_due_at at time zone 'Europe/Stockholm')::date,
                        c.inbox_due_at, null, 'PENDING', c.inbox_due_at - interval '3 days', null, null, now()
                    from household_case c where c.tenancy_key like 'bench:%' and c.inbox_due_at is not null
                    """);
            s.execute("drop table bench_seed");
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze household_case");
            s.execute("vacuum analyze case_notice");
            s.execute("vacuum analyze case_person");
            s.execute("vacuum analyze case_deadline");
        }
    }
}
