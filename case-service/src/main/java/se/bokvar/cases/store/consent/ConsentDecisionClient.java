package se.bokvar.cases.store.consent;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * consent-service's decision API (docs/consent-decision-api.md): the one synchronous call between services. The
 * caseworker's own bearer token is forwarded, so consent-service authorizes that caseworker as for any request.
 */
@RegisterRestClient(configKey = "consent")
@Path("/api/v1/decisions")
public interface ConsentDecisionClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<DecisionAnswer> decide(@HeaderParam("Authorization") String authorization, DecisionQuestion question);

    /** The question: may this disclosure be made? */
    record DecisionQuestion(String caseId, String personalIdentityNumber, Party party, String purpose, String category) {
    }

    record Party(String kind, String id) {
    }

    /** The answer: ALLOW or DENY with the reason and the consent record consulted. */
    record DecisionAnswer(String decision, String reason, String reasonCode, String consentId, Integer consentVersion,
            String legalGround, String decidedAt) {
    }
}
