package se.bokvar.bench.inbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/** What the inbox benchmark reads in case-service's database: the seeded cases, the audit records, the query plans. */
public final class InboxDatabase {

    private InboxDatabase() {
    }

    /** Per board: cases, open, open assigned to anna, breached, awaiting a position; the table's size. */
    public static void describe(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select coalesce(board, 'unrouted'), count(*), count(*) filter (where status <> 'CLOSED'),
                       count(*) filter (where status <> 'CLOSED' and assigned_to = 'anna'),
                       count(*) filter (where status <> 'CLOSED' and has_breached_deadline),
                       count(*) filter (where status <> 'CLOSED' and notices_without_position > 0)
                from household_case group by 1 order by 1""")) {
            System.out.printf("%-10s %10s %10s %12s %10s %16s%n", "board", "cases", "open", "open: anna", "breached",
                    "awaiting position");
            while (rs.next()) {
                System.out.printf("%-10s %,10d %,10d %,12d %,10d %,16d%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select pg_size_pretty(pg_total_relation_size('household_case')), (select count(*) from audit_record)")) {
            rs.next();
            System.out.printf("household_case with its indexes: %s; audit records so far: %,d%n", rs.getString(1), rs.getLong(2));
        }
    }

    static long audited(Connection c, String user, Instant from) throws SQLException {
        try (var ps = c.prepareStatement("select count(*) from audit_record where action = 'inbox.list'"
                + " and actor_username = ? and occurred_at >= ?")) {
            ps.setString(1, user);
            ps.setTimestamp(2, Timestamp.from(from.minusSeconds(1)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the service's own SQL for the default inbox and each filter, Anna's board. */
    static void explain(Connection c, String sqlFile, String user) throws SQLException {
        InboxSqlText sql = new InboxSqlText(sqlFile);
        Map<String, String> values = Map.of("board", "'nordost'", "limit", "50", "offset", "0", "me", "'" + user + "'",
                "type", "'EVICTION'");
        for (InboxLoad.Variant v : InboxLoad.VARIANTS) {
            String query = sql.query(v.filters());
            for (Map.Entry<String, String> e : values.entrySet()) {
                query = query.replace(":" + e.getKey(), e.getValue());
            }
            plan(c, "inbox " + v.name(), query);
        }
        plan(c, "notices without a position", sql.awaitingPosition().replace(":board", "'nordost'").replace(":limit", "20"));
    }

    static void plan(Connection c, String name, String query) throws SQLException {
        System.out.printf("%nQuery plan, %s (sql/inbox.sql, board nordost):%n", name);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + query)) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }
}
