package se.bokvar.cases.store.consent;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.rules.casework.Disclosure;

/**
 * Asks consent-service before a disclosure, failing closed: an answer other than ALLOW — a DENY, a refusal of the
 * question (4xx), an error (5xx), no answer within {@code bokvar.consent.timeout}, or no connection — is not an
 * allowance. The decision is returned for the step to record.
 */
@ApplicationScoped
public class ConsentGate {

    private static final Logger LOG = Logger.getLogger(ConsentGate.class);

    /** What the gate answered (named apart from legal-rules casework.Outcome and consent.Decision.Outcome). */
    public enum Answer {
        /** consent-service allowed it. */
        ALLOW,
        /** consent-service denied it, or refused the question (4xx). */
        DENY,
        /** consent-service did not answer in time, failed (5xx) or could not be reached: treated as a denial. */
        UNAVAILABLE
    }

    /**
     * A decision as recorded on the step.
     *
     * @param reason         consent-service's reason, or why there was none
     * @param consentId      the consent record consulted, if any
     * @param consentVersion its version
     */
    public record Decision(Answer answer, String reason, String reasonCode, String consentId, Integer consentVersion) {
        public boolean allowed() {
            return answer == Answer.ALLOW;
        }
    }

    private final ConsentDecisionClient client;
    private final Duration timeout;

    @Inject
    public ConsentGate(@RestClient ConsentDecisionClient client, @ConfigProperty(name = "bokvar.consent.timeout") Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /**
     * @param authorization the caseworker's own Authorization header, forwarded
     * @param partyKind     the party's kind (the disclosure's, unless the step names it)
     * @param partyId       the party's id
     */
    public Uni<Decision> decide(String authorization, UUID caseId, String personalIdentityNumber, Disclosure disclosure,
            String partyKind, String partyId) {
        ConsentDecisionClient.DecisionQuestion question = new ConsentDecisionClient.DecisionQuestion(caseId.toString(),
                personalIdentityNumber, new ConsentDecisionClient.Party(partyKind, partyId), disclosure.purpose(),
                disclosure.category());
        Uni<ConsentDecisionClient.DecisionAnswer> call;
        try {
            call = client.decide(authorization, question);
        } catch (RuntimeException e) {
            return Uni.createFrom().item(unavailable(e));
        }
        return call
                .ifNoItem().after(timeout).failWith(() -> new java.util.concurrent.TimeoutException("no answer in " + timeout))
                .map(answer -> "ALLOW".equals(answer.decision())
                        ? new Decision(Answer.ALLOW, answer.reason(), answer.reasonCode(), answer.consentId(), answer.consentVersion())
                        : new Decision(Answer.DENY, answer.reason() == null ? "Denied" : answer.reason(),
                                answer.reasonCode(), answer.consentId(), answer.consentVersion()))
                .onFailure().recoverWithItem(this::failure);
    }

    private Decision failure(Throwable failure) {
        if (failure instanceof WebApplicationException wae && wae.getResponse() != null) {
            int status = wae.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                LOG.warnf("consent-service refused the decision question (HTTP %d): treated as a denial", status);
                return new Decision(Answer.DENY, "consent-service refused the question (HTTP " + status
                        + "): for example it does not know the case yet, or you may not see it there", "REFUSED_" + status,
                        null, null);
            }
        }
        return unavailable(failure);
    }

    private Decision unavailable(Throwable failure) {
        LOG.warnf("consent-service unavailable (%s): the disclosure is refused", failure.getClass().getSimpleName());
        return new Decision(Answer.UNAVAILABLE, "consent-service did not answer (" + failure.getClass().getSimpleName()
                + "); a disclosure is never made without its decision", "UNAVAILABLE", null, null);
    }
}
