package se.bokvar.system;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which audit record each answered read of personal data must have left, and the check against the services'
 * {@code audit_record} tables (read as the PostgreSQL superuser).
 * <p>
 * A read is a request answered 2xx that shows a case or a person: a case, its timeline or letters, a listing of
 * cases (lookup by notice, inbox, unrouted queue), a consent record or listing. Each must have an audit record by
 * the same actor (the token's subject) with the matching action naming exactly the resources the answer showed. A
 * successful GET the table below does not know fails the check, so a new read in the walkthrough must be classified
 * here first.
 */
final class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-fA-F-]{36}";
    private static final Pattern CASE = Pattern.compile("/api/v1/cases/(" + UUID + ")");
    private static final Pattern TIMELINE = Pattern.compile("/api/v1/cases/(" + UUID + ")/timeline");
    private static final Pattern LETTER = Pattern.compile("/api/v1/cases/(" + UUID + ")/letters/" + UUID);
    private static final Pattern CONSENT = Pattern.compile("/api/v1/consents/(" + UUID + ")");

    /** The audit record a read must have left: which service's table, actor, action, the resources named. */
    record Expected(String service, String actorSubject, String action, Set<String> resourceIds, String request) {

        String key() {
            return service + " " + actorSubject + " " + action + " " + resourceIds;
        }
    }

    /** An audit record as stored. */
    record Recorded(String service, String actorSubject, String action, Set<String> resourceIds) {

        String key() {
            return service + " " + actorSubject + " " + action + " " + resourceIds;
        }
    }

    private AuditTrail() {
    }

    /**
     * The audit records the exchanges through a proxy in front of {@code service} require. Writes (PUT, POST other
     * than searches) and failed requests require none here.
     *
     * @throws IllegalStateException for a successful read this table does not classify
     */
    static List<Expected> expected(String service, List<RecordingProxy.Exchange> exchanges) {
        List<Expected> out = new ArrayList<>();
        for (RecordingProxy.Exchange e : exchanges) {
            if (e.status() < 200 || e.status() > 299 || !"GET".equals(e.method())) {
                continue;
            }
            String subject = subject(e.authorization());
            String path = e.path();
            String request = e.method() + " " + e.pathAndQuery();
            Matcher m;
            if (path.equals("/api/v1/cases")) {
                out.add(new Expected(service, subject, "case.list", ids(read(e), "id"), request));
            } else if (path.equals("/api/v1/inbox")) {
                JsonNode inbox = read(e);
                Set<String> shown = ids(inbox.path("items"), "id");
                shown.addAll(ids(inbox.path("awaitingPosition"), "caseId"));
                out.add(new Expected(service, subject, "inbox.list", shown, request));
            } else if (path.equals("/api/v1/supervision/unrouted")) {
                out.add(new Expected(service, subject, "case.list", ids(read(e), "id"), request));
            } else if ((m = TIMELINE.matcher(path)).matches()) {
                out.add(new Expected(service, subject, "case.timeline", Set.of(m.group(1)), request));
            } else if ((m = LETTER.matcher(path)).matches()) {
                out.add(new Expected(service, subject, "case.letter.read", Set.of(m.group(1)), request));
            } else if ((m = CASE.matcher(path)).matches()) {
                out.add(new Expected(service, subject, "case.read", Set.of(m.group(1)), request));
            } else if ((m = CONSENT.matcher(path)).matches()) {
                out.add(new Expected(service, subject, "consent.read", Set.of(m.group(1)), request));
            } else if (path.startsWith("/q/")) {
                continue; // health, metrics, API docs: no personal data
            } else {
                throw new IllegalStateException("the walkthrough read " + request + " (answered " + e.status()
                        + "), which the audit check does not classify yet: add it to AuditTrail.expected");
            }
        }
        return out;
    }

    /** Every audit record in a service's database. */
    static List<Recorded> recorded(String service, String superuserJdbcUrl) throws SQLException {
        List<Recorded> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl);
                ResultSet rs = c.createStatement().executeQuery("select actor_subject, action, resource_ids from audit_record")) {
            while (rs.next()) {
                Array ids = rs.getArray(3);
                Set<String> set = new TreeSet<>();
                for (Object id : (Object[]) ids.getArray()) {
                    set.add(id.toString());
                }
                out.add(new Recorded(service, rs.getString(1), rs.getString(2), set));
            }
        }
        return out;
    }

    /**
     * The expected records that have no stored counterpart: each stored record covers one read (the same actor,
     * action and resources), so two identical reads need two records.
     */
    static List<Expected> missing(List<Expected> expected, List<Recorded> recorded) {
        Map<String, Integer> available = new HashMap<>();
        recorded.forEach(r -> available.merge(r.key(), 1, Integer::sum));
        List<Expected> missing = new ArrayList<>();
        for (Expected e : expected) {
            int left = available.getOrDefault(e.key(), 0);
            if (left > 0) {
                available.put(e.key(), left - 1);
            } else {
                missing.add(e);
            }
        }
        return missing;
    }

    private static JsonNode read(RecordingProxy.Exchange e) {
        try {
            return JSON.readTree(e.body());
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("the answer to " + e.pathAndQuery() + " is not JSON", ex);
        }
    }

    private static Set<String> ids(JsonNode array, String field) {
        Set<String> ids = new TreeSet<>();
        array.forEach(n -> ids.add(n.path(field).asText()));
        return ids;
    }

    /** The {@code sub} claim of a bearer token (the audit trail's actor). */
    static String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "anonymous";
        }
        String[] parts = authorization.substring("Bearer ".length()).trim().split("\\.");
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims.path("sub").asText();
        } catch (java.io.IOException | RuntimeException ex) {
            throw new IllegalStateException("a bearer token the test cannot read", ex);
        }
    }
}
