package se.bokvar.bench.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;

/** The run's stack's databases, read as the PostgreSQL superuser: its state, its convergence, its audit records. */
final class StackDatabases {

    private final Stack stack;
    private final String runId;

    StackDatabases(Stack stack, String runId) {
        this.stack = stack;
        this.runId = runId;
    }

    private Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            if (stack.database(spec) != null) {
                urls.put(spec.name(), stack.postgres().superuserJdbcUrl(stack.database(spec).database()));
            }
        }
        return urls;
    }

    private StoreState readState() throws SQLException {
        Map<String, String> urls = urls();
        return StoreState.read(urls.get(ServiceSpec.INTAKE.name()), urls.get(ServiceSpec.ADAPTER.name()),
                urls.get(ServiceSpec.CASES.name()), urls, "FAULT-" + runId + "-", "F" + runId + "-");
    }

    /**
     * Polls until every stored notice of the run is a case notice and every outbox is published (twice in a row),
     * or nothing changed for a minute, or the convergence timeout passed.
     */
    StoreState awaitConvergence(Duration timeout) throws Exception {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        long stall = Math.min(60_000, timeout.toMillis());
        String lastProgress = null;
        long lastChange = System.currentTimeMillis();
        boolean completeOnce = false;
        SQLException lastError = null;
        while (true) {
            StoreState s = null;
            try {
                s = readState();
            } catch (SQLException e) {
                lastError = e;
            }
            long now = System.currentTimeMillis();
            if (s != null) {
                boolean complete = s.storedNotRegistered() == 0 && s.unpublishedTotal() == 0;
                if (complete && completeOnce && s.progress().equals(lastProgress)) {
                    return s;
                }
                completeOnce = complete;
                if (!s.progress().equals(lastProgress)) {
                    lastProgress = s.progress();
                    lastChange = now;
                } else if (now - lastChange > stall) {
                    return s;
                }
                if (now > deadline) {
                    return s;
                }
            } else if (now > deadline) {
                throw new IllegalStateException("the databases could not be read after the faults", lastError);
            }
            Thread.sleep(1000);
        }
    }

    static String convergenceNote(StoreState s) {
        return s.storedNotRegistered() == 0 && s.unpublishedTotal() == 0 ? "settled"
                : "NOT settled: " + s.storedNotRegistered() + " stored notices not cases, " + s.unpublishedTotal()
                        + " outbox rows unpublished";
    }

    /** Audit records of the caseworker's reads: action → case id → records. */
    Map<String, Map<String, Integer>> audited(String subject) throws SQLException {
        Map<String, Map<String, Integer>> audited = new HashMap<>();
        try (Connection c = DriverManager.getConnection(urls().get(ServiceSpec.CASES.name()));
                PreparedStatement ps = c.prepareStatement("select a.action, r.resource_id, count(*) from audit_record a,"
                        + " unnest(a.resource_ids) as r(resource_id) where a.actor_subject = ?"
                        + " and a.action in ('case.read', 'case.list') group by a.action, r.resource_id")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audited.computeIfAbsent(rs.getString(1), a -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        return audited;
    }

    /** When the first case notice after {@code millis} was registered (epoch milliseconds), or null. */
    Long firstCaseNoticeAfter(long millis) throws SQLException {
        try (Connection c = DriverManager.getConnection(urls().get(ServiceSpec.CASES.name()));
                PreparedStatement ps = c.prepareStatement("select min(registered_at) from case_notice where registered_at > ?")) {
            ps.setTimestamp(1, new Timestamp(millis));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp first = rs.getTimestamp(1);
                return first == null ? null : first.getTime();
            }
        }
    }
}
