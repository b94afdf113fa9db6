package se.bokvar.kronofogden.store.kronofogden;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * Kronofogden's interface for social services' messages (docs/kronofogden/kronofogden-api.openapi.yaml). The base
 * URL is configuration ({@code BOKVAR_KRONOFOGDEN_URL}); locally it is the Kronofogden simulator. A status of 400
 * or more fails the {@link Uni} with a {@code WebApplicationException}.
 */
@RegisterRestClient(configKey = "kronofogden")
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "X-Api-Key", value = "${bokvar.kronofogden.api-key}")
public interface KronofogdenClient {

    /** Delivers an acknowledgement (JSON of {@link AcknowledgementMessage}); 2xx is Kronofogden's confirmation. */
    @POST
    @Path("/acknowledgements")
    Uni<Response> acknowledge(@HeaderParam("Idempotency-Key") String idempotencyKey, String json);

    /** Delivers a postponement request (JSON of {@link PostponementRequestMessage}). */
    @POST
    @Path("/postponement-requests")
    Uni<Response> requestPostponement(@HeaderParam("Idempotency-Key") String idempotencyKey, String json);
}
