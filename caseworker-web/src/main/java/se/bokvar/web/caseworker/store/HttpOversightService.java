package se.bokvar.web.caseworker.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link OversightService} over case-service's REST API, with {@link HttpCaseService}'s translation of its answers.
 * The personnummer of a search or an audit query travels only in a POST body, never in a URL or a log line.
 */
@ApplicationScoped
public class HttpOversightService implements OversightService {

    @Inject
    @RestClient
    CaseServiceApi api;

    @Inject
    HttpCaseService calls;

    @Override
    public List<CaseJson.Summary> unrouted(int limit) {
        return calls.call(() -> api.unrouted(limit));
    }

    @Override
    public List<OversightJson.OverdueAcknowledgement> overdueAcknowledgements() {
        return calls.call(() -> api.overdueAcknowledgements());
    }

    @Override
    public void reroute(UUID caseId, String board, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("board", board);
        body.put("reason", reason);
        calls.call(() -> {
            api.reroute(caseId, body);
            return null;
        });
    }

    @Override
    public OversightJson.Statistics statistics(String from, String to, String scope) {
        return calls.call(() -> api.statistics(from, to, scope));
    }

    @Override
    public List<OversightJson.AuditRecord> audit(Map<String, Object> query) {
        return calls.call(() -> api.audit(query));
    }

    @Override
    public List<CaseJson.Summary> search(Map<String, String> criteria, String purpose) {
        Map<String, Object> body = new LinkedHashMap<>(criteria);
        body.put("purpose", purpose);
        return calls.call(() -> api.search(body));
    }
}
