package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import se.bokvar.web.commons.error.ServiceUnavailableException;

/** {@link CaseService} over case-service's REST API, translating its answers into the desk's three kinds of error. */
@ApplicationScoped
public class HttpCaseService implements CaseService {

    private static final Logger LOG = Logger.getLogger(HttpCaseService.class);

    @Inject
    @RestClient
    CaseServiceApi api;

    @Inject
    ObjectMapper json;

    @Override
    public CaseJson.Inbox inbox(InboxQuery q) {
        return call(() -> api.inbox(q.type(), q.deadlineState(), q.children(), q.assigned(), q.limit(), q.offset()));
    }

    @Override
    public CaseJson.Case get(UUID caseId) {
        return call(() -> api.get(caseId));
    }

    @Override
    public CaseJson.Timeline timeline(UUID caseId) {
        return call(() -> api.timeline(caseId));
    }

    @Override
    public void assign(UUID caseId, String caseworker) {
        run(() -> api.assign(caseId, Map.of("caseworker", caseworker)));
    }

    @Override
    public void unassign(UUID caseId) {
        run(() -> api.unassign(caseId));
    }

    /**
     * A step case-service could not check with consent-service (503 {@code dependency-unavailable}: the gate fails
     * closed, the step is not done and the refused attempt is recorded) is its refusal, shown on the step form; any
     * other failure is the 503 page.
     */
    @Override
    public CaseJson.RecordedStep recordStep(UUID caseId, Map<String, Object> step) {
        try {
            return api.recordStep(caseId, step);
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            if (response != null && response.getStatus() == 503) {
                CaseJson.Problem problem = problem(response, 503);
                if (problem.type() != null && problem.type().endsWith("/dependency-unavailable")) {
                    LOG.warn("case-service could not check a step's disclosure with consent-service (503)");
                    throw new CaseServiceRefusal(problem);
                }
                throw new ServiceUnavailableException(PART, null);
            }
            throw translate(response);
        } catch (ProcessingException e) {
            throw new ServiceUnavailableException(PART, e);
        }
    }

    @Override
    public void recordPosition(UUID caseId, UUID noticeId, Map<String, Object> position) {
        run(() -> api.recordPosition(caseId, noticeId, position));
    }

    @Override
    public void close(UUID caseId, Map<String, Object> closing) {
        run(() -> api.close(caseId, closing));
    }

    @Override
    public void completeTask(UUID caseId, UUID taskId) {
        run(() -> api.completeTask(caseId, taskId));
    }

    @Override
    public void extendPreAssessment(UUID caseId, Map<String, Object> extension) {
        run(() -> api.extendPreAssessment(caseId, extension));
    }

    @Override
    public void requestPostponement(UUID caseId, Map<String, Object> postponement) {
        run(() -> api.requestPostponement(caseId, postponement));
    }

    @Override
    public String letter(UUID caseId, UUID letterId) {
        return call(() -> api.letter(caseId, letterId));
    }

    private void run(Runnable request) {
        call(() -> {
            request.run();
            return null;
        });
    }

    /** Runs one request, translating case-service's answer into the desk's three kinds of error (also for {@link HttpOversightService}). */
    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw translate(e.getResponse());
        } catch (ProcessingException e) {
            throw new ServiceUnavailableException(PART, e);
        }
    }

    RuntimeException translate(Response response) {
        int status = response == null ? 500 : response.getStatus();
        if (status == 404) {
            return new NotFoundException();
        }
        if (status == 401) {
            // the session's access token was not accepted (expired beyond refresh, or revoked): sign in again
            return new AuthenticationFailedException("case-service did not accept the access token");
        }
        if (status >= 500 || status < 400) {
            LOG.warnf("case-service answered %d", status);
            return new ServiceUnavailableException(PART, null);
        }
        return new CaseServiceRefusal(problem(response, status));
    }

    private CaseJson.Problem problem(Response response, int status) {
        try {
            String body = response.readEntity(String.class);
            if (body != null && !body.isBlank()) {
                return json.readValue(body, CaseJson.Problem.class);
            }
        } catch (RuntimeException | java.io.IOException e) {
            LOG.debugf("case-service's %d answer is not a problem document (%s)", status, e.getClass().getName());
        }
        return new CaseJson.Problem("about:blank", null, status, null, List.of());
    }
}
