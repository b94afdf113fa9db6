package se.bokvar.web.caseworker.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightJson;
import se.bokvar.web.caseworker.store.OversightService;

/** case-service as the app's unit tests need it: canned answers, and what was asked. */
final class FakeOversight implements OversightService {

    final List<Object> asked = new ArrayList<>();
    OversightJson.Statistics statistics;
    List<OversightJson.AuditRecord> records = List.of();
    CaseJson.Problem refuse;
    List<CaseJson.Summary> unrouted = List.of();

    @Override
    public List<CaseJson.Summary> unrouted(int limit) {
        asked.add("unrouted " + limit);
        return unrouted.stream().limit(limit).toList();
    }

    @Override
    public List<OversightJson.OverdueAcknowledgement> overdueAcknowledgements() {
        return List.of();
    }

    @Override
    public void reroute(UUID caseId, String board, String reason) {
        asked.add(List.of(caseId, board, reason));
        refuseIfAsked();
    }

    @Override
    public OversightJson.Statistics statistics(String from, String to, String scope) {
        asked.add(List.of(from, to, scope));
        refuseIfAsked();
        return statistics;
    }

    @Override
    public List<OversightJson.AuditRecord> audit(Map<String, Object> query) {
        asked.add(query);
        refuseIfAsked();
        return records;
    }

    @Override
    public List<CaseJson.Summary> search(Map<String, String> criteria, String purpose) {
        asked.add(List.of(criteria, purpose));
        refuseIfAsked();
        return List.of();
    }

    private void refuseIfAsked() {
        if (refuse != null) {
            throw new CaseServiceRefusal(refuse);
        }
    }
}
