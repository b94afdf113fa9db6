package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * consent-service's API (docs/consent.md), called with the signed-in user's own access token
 * ({@link ForwardAccessToken}): consent-service decides who may read and change a case's consents, and audits it.
 * The personnummer travels only in POST bodies, never in a URL.
 */
@RegisterRestClient(configKey = "consent-service")
@RegisterClientHeaders(ForwardAccessToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsentServiceApi {

    @GET
    @Path("/cases/{caseId}/consents")
    List<ConsentJson.Consent> ofCase(@PathParam("caseId") UUID caseId);

    @POST
    @Path("/cases/{caseId}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    ConsentJson.Consent record(@PathParam("caseId") UUID caseId, Map<String, Object> body);

    /** A consent form to sign, as consent-service's printable Swedish form (HTML); the personnummer in the body. */
    @POST
    @Path("/cases/{caseId}/consent-forms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    String formToSign(@PathParam("caseId") UUID caseId, Map<String, Object> body);

    @GET
    @Path("/consents/{id}")
    ConsentJson.Consent read(@PathParam("id") UUID id);

    @POST
    @Path("/consents/{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    ConsentJson.Consent change(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("/consents/{id}/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    ConsentJson.Consent withdraw(@PathParam("id") UUID id, Map<String, Object> body);

    /** The recorded consent as consent-service's printable Swedish form (HTML). */
    @GET
    @Path("/consents/{id}/form")
    @Produces(MediaType.TEXT_HTML)
    String form(@PathParam("id") UUID id, @QueryParam("version") Integer version);
}
