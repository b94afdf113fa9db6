package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the desk asks consent-service, as the signed-in user. Errors as {@link CaseService}'s: a case or consent the
 * user may not see is {@link jakarta.ws.rs.NotFoundException}; a refusal (an invalid field, a consent changed since it
 * was read, one wholly withdrawn) is {@link CaseServiceRefusal} carrying consent-service's problem; consent-service
 * down or failing is {@link se.bokvar.web.commons.error.ServiceUnavailableException} naming {@link #PART}.
 */
public interface ConsentService {

    /** The service's name in Swedish, for "tjänsten är inte tillgänglig". */
    String PART = "samtyckestjänsten (consent-service)";

    /** The case's consent records, each with its current version. */
    List<ConsentJson.Consent> ofCase(UUID caseId);

    /** One consent record with every version, oldest first. */
    ConsentJson.Consent read(UUID consentId);

    /** Records a consent (or another legal ground): consent-service's NewConsent fields by their JSON names. */
    ConsentJson.Consent record(UUID caseId, Map<String, Object> consent);

    /** A change: the full new scope and terms (ConsentChange). */
    ConsentJson.Consent change(UUID consentId, Map<String, Object> change);

    /** A whole or partial withdrawal (ConsentWithdrawal). */
    ConsentJson.Consent withdraw(UUID consentId, Map<String, Object> withdrawal);

    /**
     * A consent form to print and sign before the consent is given (ConsentFormRequest: the person, parties,
     * purposes, categories, the last day), as consent-service renders it (HTML); it records nothing.
     */
    String formToSign(UUID caseId, Map<String, Object> form);

    /** The printable form of the consent's current version, as consent-service renders it (HTML). */
    String form(UUID consentId);
}
