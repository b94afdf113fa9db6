package se.bokvar.web.caseworker.store;

import java.util.Map;
import java.util.UUID;

/**
 * What the desk asks case-service, as the signed-in user. Errors: a case the user may not see (or that does not
 * exist) is {@link jakarta.ws.rs.NotFoundException}; a rule saying no is {@link CaseServiceRefusal}; case-service
 * down, slow or failing is {@link se.bokvar.web.commons.error.ServiceUnavailableException}.
 */
public interface CaseService {

    /** The service's name in Swedish, for "tjänsten är inte tillgänglig". */
    String PART = "ärendetjänsten (case-service)";

    CaseJson.Inbox inbox(InboxQuery query);

    CaseJson.Case get(UUID caseId);

    CaseJson.Timeline timeline(UUID caseId);

    /** Assigns the case: {@code caseworker} is "me" or a colleague's login. */
    void assign(UUID caseId, String caseworker);

    /** Takes the case off its caseworker (back to the unit's cases without one). */
    void unassign(UUID caseId);

    /** Records a checklist step: the StepRequest fields by their JSON names. */
    CaseJson.RecordedStep recordStep(UUID caseId, Map<String, Object> step);

    /** Records the position (ställningstagande) on a notice: the PositionRequest fields by their JSON names. */
    void recordPosition(UUID caseId, UUID noticeId, Map<String, Object> position);

    /** Closes the case: the ClosingRequest fields by their JSON names. */
    void close(UUID caseId, Map<String, Object> closing);

    /** Marks a task for another unit done. */
    void completeTask(UUID caseId, UUID taskId);

    /** Extends the pre-assessment: the ExtensionRequest fields by their JSON names. */
    void extendPreAssessment(UUID caseId, Map<String, Object> extension);

    /** Asks Kronofogden to postpone an eviction: the PostponementRequest fields by their JSON names. */
    void requestPostponement(UUID caseId, Map<String, Object> postponement);

    /** The tenant letter as dispatched (HTML, with its own inline styles for printing). */
    String letter(UUID caseId, UUID letterId);

    /** The inbox's filters and page, as case-service takes them (null: no filter). */
    record InboxQuery(String type, String deadlineState, Boolean children, String assigned, int limit, int offset) {
    }
}
