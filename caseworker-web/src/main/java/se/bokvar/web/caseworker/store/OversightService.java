package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the desk asks case-service for supervisors (the unrouted queue, overdue acknowledgements, statistics), auditors
 * (the audit trail) and the person search, as the signed-in user. Errors as {@link CaseService}'s.
 */
public interface OversightService {

    /** Open cases whose postal code no board covers, oldest first. */
    List<CaseJson.Summary> unrouted(int limit);

    /** Acknowledgements to Kronofogden not confirmed on their day. */
    List<OversightJson.OverdueAcknowledgement> overdueAcknowledgements();

    /** Moves a case to a board (also out of the unrouted queue), with the reason. */
    void reroute(UUID caseId, String board, String reason);

    /** The figures for the months {@code from} to {@code to} ("YYYY-MM"); scope "board" or "municipality". */
    OversightJson.Statistics statistics(String from, String to, String scope);

    /** The audit trail: the AuditQuery fields by their JSON names; newest first. */
    List<OversightJson.AuditRecord> audit(Map<String, Object> query);

    /** The cases of the user's unit where the person is in the household; the purpose is recorded by case-service. */
    /** The search: {@code criteria} holds exactly one criterion (the address as street and postalCode). */
    List<CaseJson.Summary> search(Map<String, String> criteria, String purpose);
}
