package se.bokvar.bench.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the services stored, read as the PostgreSQL superuser: the run's notices in notice-intake-service and
 * kronofogden-adapter, every case notice in case-service, the outbox rows not yet published, the deadline alerts.
 * The stack is the run's own, so every row in it comes from the run.
 */
final class StoreState {

    /** A row of case-service's {@code case_notice}. */
    record CaseNotice(String id, String caseId, String source, String senderReference) {
    }

    /** A deadline alert as stored ({@code deadline_alert}), or null fields where the table is missing. */
    record Alert(String caseId, String deadline, String dueOn, String alert, int rows) {
    }

    /** The run's notices in intake: landlord reference → notice ids (more than one would be a duplicate). */
    final Map<String, List<String>> intakeByReference = new HashMap<>();
    /** The run's eviction notices in the adapter: KFM case number → notice ids. */
    final Map<String, List<String>> adapterByReference = new HashMap<>();
    final Set<String> allIntakeIds = new HashSet<>();
    final Set<String> allAdapterIds = new HashSet<>();
    final Map<String, CaseNotice> caseNotices = new HashMap<>();
    /** Unpublished outbox rows per database. */
    final Map<String, Long> unpublished = new LinkedHashMap<>();
    /** Deadline alerts grouped by what they announce, or null when case-service has no deadline_alert table. */
    List<Alert> alerts;
    /** Deadline-alert events in case-service's outbox: (case, deadline, due day, alert) → distinct event ids. */
    Map<String, Set<String>> outboxAlerts;

    static StoreState read(String intakeUrl, String adapterUrl, String casesUrl,
            Map<String, String> outboxUrls, String referencePrefix, String kfmPrefix) throws SQLException {
        StoreState s = new StoreState();
        try (Connection c = DriverManager.getConnection(intakeUrl)) {
            try (ResultSet rs = c.createStatement().executeQuery("select id, landlord_reference from notice")) {
                while (rs.next()) {
                    s.allIntakeIds.add(rs.getString(1));
                    if (rs.getString(2).startsWith(referencePrefix)) {
                        s.intakeByReference.computeIfAbsent(rs.getString(2), r -> new ArrayList<>()).add(rs.getString(1));
                    }
                }
            }
        }
        if (adapterUrl != null) {
            try (Connection c = DriverManager.getConnection(adapterUrl);
                    ResultSet rs = c.createStatement().executeQuery("select id, kfm_case_number from eviction_notice")) {
                while (rs.next()) {
                    s.allAdapterIds.add(rs.getString(1));
                    if (rs.getString(2).startsWith(kfmPrefix)) {
                        s.adapterByReference.computeIfAbsent(rs.getString(2), r -> new ArrayList<>()).add(rs.getString(1));
                    }
                }
            }
        }
        try (Connection c = DriverManager.getConnection(casesUrl)) {
            try (ResultSet rs = c.createStatement().executeQuery("select id, case_id, source, sender_reference from case_notice")) {
                while (rs.next()) {
                    s.caseNotices.put(rs.getString(1), new CaseNotice(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            if (tableExists(c, "deadline_alert")) {
                s.alerts = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("select case_id, deadline, due_on, alert, count(*)"
                        + " from deadline_alert group by case_id, deadline, due_on, alert")) {
                    while (rs.next()) {
                        s.alerts.add(new Alert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
                s.outboxAlerts = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("select id, payload ->> 'caseId', payload ->> 'deadline',"
                        + " payload ->> 'dueOn', payload ->> 'alert' from outbox_event where event_type = ?")) {
                    ps.setString(1, se.bokvar.contracts.CaseEvents.DEADLINE_ALERT.type());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String key = rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/" + rs.getString(5);
                            s.outboxAlerts.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString(1));
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> db : outboxUrls.entrySet()) {
            try (Connection c = DriverManager.getConnection(db.getValue());
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_event where published_at is null")) {
                rs.next();
                s.unpublished.put(db.getKey(), rs.getLong(1));
            }
        }
        return s;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is not null")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    long unpublishedTotal() {
        return unpublished.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The run's stored notices (intake and adapter) that are not a case notice yet. */
    int storedNotRegistered() {
        int n = 0;
        for (List<String> ids : intakeByReference.values()) {
            n += (int) ids.stream().filter(id -> !caseNotices.containsKey(id)).count();
        }
        for (List<String> ids : adapterByReference.values()) {
            n += (int) ids.stream().filter(id -> !caseNotices.containsKey(id)).count();
        }
        return n;
    }

    int breachedAlerts() {
        return alerts == null ? -1 : alerts.stream().filter(a -> "BREACHED".equals(a.alert())).mapToInt(Alert::rows).sum();
    }

    /** A fingerprint of the counts, to see whether anything still moves. */
    String progress() {
        return intakeByReference.size() + "/" + adapterByReference.size() + "/" + caseNotices.size() + "/"
                + unpublishedTotal() + "/" + breachedAlerts();
    }
}
