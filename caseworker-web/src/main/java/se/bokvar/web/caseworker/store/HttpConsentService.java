package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import se.bokvar.web.commons.error.ServiceUnavailableException;

/**
 * {@link ConsentService} over consent-service's REST API. Its 4xx answers are translated as case-service's are
 * ({@link HttpCaseService}: 404, 401, a refusal with the problem); down, slow or failing is the 503 page naming
 * samtyckestjänsten.
 */
@ApplicationScoped
public class HttpConsentService implements ConsentService {

    private static final Logger LOG = Logger.getLogger(HttpConsentService.class);

    @Inject
    @RestClient
    ConsentServiceApi api;

    @Inject
    HttpCaseService translation;

    @Override
    public List<ConsentJson.Consent> ofCase(UUID caseId) {
        return call(() -> api.ofCase(caseId));
    }

    @Override
    public ConsentJson.Consent read(UUID consentId) {
        return call(() -> api.read(consentId));
    }

    @Override
    public ConsentJson.Consent record(UUID caseId, Map<String, Object> consent) {
        return call(() -> api.record(caseId, consent));
    }

    @Override
    public ConsentJson.Consent change(UUID consentId, Map<String, Object> change) {
        return call(() -> api.change(consentId, change));
    }

    @Override
    public ConsentJson.Consent withdraw(UUID consentId, Map<String, Object> withdrawal) {
        return call(() -> api.withdraw(consentId, withdrawal));
    }

    @Override
    public String formToSign(UUID caseId, Map<String, Object> form) {
        return call(() -> api.formToSign(caseId, form));
    }

    @Override
    public String form(UUID consentId) {
        return call(() -> api.form(consentId, null));
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            int status = response == null ? 500 : response.getStatus();
            if (status >= 500 || status < 400) {
                LOG.warnf("consent-service answered %d", status);
                throw new ServiceUnavailableException(PART, null);
            }
            throw translation.translate(response);
        } catch (ProcessingException e) {
            throw new ServiceUnavailableException(PART, e);
        }
    }
}
