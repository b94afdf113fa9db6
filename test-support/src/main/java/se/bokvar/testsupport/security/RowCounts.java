package se.bokvar.testsupport.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.bokvar.testsupport.TestInfrastructure;

/**
 * The number of rows of every table of a service's database (schema {@code public}), read as the superuser in one
 * query: what a rejected request must leave exactly as it was.
 */
public final class RowCounts implements AutoCloseable {

    /** Never compared: migrations bookkeeping, and the consumers' guard (written by Kafka consumers, not by requests). */
    public static final Set<String> ALWAYS_IGNORED = Set.of("flyway_schema_history", "processed_event");

    private final Connection connection;
    private final String query;
    private final List<String> tables;

    /** Opens a connection to the service's database ({@code database} as in its test profile, e.g. {@code intake}). */
    public RowCounts(String database, Set<String> ignored) {
        try {
            connection = DriverManager.getConnection(TestInfrastructure.superuserJdbcUrl(
                    TestInfrastructure.database(database).database()));
            tables = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                            + " and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (!ALWAYS_IGNORED.contains(t) && !ignored.contains(t)) {
                        tables.add(t);
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("the database " + database + " has no tables to count");
            }
            query = tables.stream().map(t -> "select '" + t + "' as t, count(*) as n from \"" + t + "\"")
                    .collect(Collectors.joining(" union all "));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the row counts of " + database, e);
        }
    }

    /** The tables counted. */
    public List<String> tables() {
        return List.copyOf(tables);
    }

    /** Table name to row count, now. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    /**
     * The row counts once the service is quiet: an earlier accepted request or a fixture may still have consumers,
     * relays and workers writing at their own pace; those writes must not be blamed on the next rejected request.
     * Two equal snapshots {@code intervalMillis} apart, at most 5 s.
     */
    public Map<String, Long> quiet(long intervalMillis) {
        Map<String, Long> previous = snapshot();
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Map<String, Long> now = snapshot();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** {@code table: before -> after} for every table whose count differs. */
    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t)))
                .map(t -> t + ": " + before.get(t) + " -> " + after.get(t)).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing
        }
    }
}
