package se.bokvar.bench.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** After a phase's load: how long until its last notice was a case. */
final class Drain {

    private Drain() {
    }

    /**
     * Waits until every notice is a case (bokvar_cases.case_notice).
     *
     * @return seconds after {@code sinceNanos} when the last became one (to the poll's 200 ms), or -1 on timeout
     */
    static double drain(IntakeOptions o, List<String> noticeIds, long sinceNanos) throws SQLException, InterruptedException {
        if (noticeIds.isEmpty()) {
            return 0;
        }
        // only the notices not seen yet are looked up again, so a long drain does not load the database it measures
        Set<String> remaining = new HashSet<>(noticeIds);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainTimeoutSeconds());
        try (Connection c = DriverManager.getConnection(o.casesJdbcUrl());
                PreparedStatement ps = c.prepareStatement("select id::text from case_notice where id = any(?)")) {
            while (System.nanoTime() < deadline) {
                ps.setArray(1, c.createArrayOf("uuid", remaining.stream().map(UUID::fromString).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        remaining.remove(rs.getString(1));
                    }
                }
                if (remaining.isEmpty()) {
                    return (System.nanoTime() - sinceNanos) / 1e9;
                }
                Thread.sleep(200);
            }
        }
        return -1;
    }
}
