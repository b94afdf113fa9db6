package se.bokvar.kronofogden.store.letterchannel;

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
 * The outbound letter channel: a print-and-post or digital-mailbox provider
 * (docs/kronofogden/letter-channel-api.openapi.yaml). Base URL {@code BOKVAR_LETTER_CHANNEL_URL}.
 */
@RegisterRestClient(configKey = "letter-channel")
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ClientHeaderParam(name = "X-Api-Key", value = "${bokvar.letter-channel.api-key}")
public interface LetterChannelClient {

    /** Hands one letter (JSON of {@link LetterMessage}) to the provider; 2xx means accepted for delivery. */
    @POST
    @Path("/letters")
    Uni<Response> dispatch(@HeaderParam("Idempotency-Key") String idempotencyKey, String json);
}
