package se.bokvar.kronofogden.app.delivery;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.kronofogden.KronofogdenClient;
import se.bokvar.kronofogden.store.letterchannel.LetterChannelClient;

/**
 * One HTTP attempt of a delivery to its receiver (Kronofogden or the letter channel), with the delivery's id as the
 * Idempotency-Key and its payload unchanged.
 */
@ApplicationScoped
public class DeliverySender {

    private final KronofogdenClient kronofogden;
    private final LetterChannelClient letterChannel;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public DeliverySender(@RestClient KronofogdenClient kronofogden, @RestClient LetterChannelClient letterChannel,
            ObjectMapper mapper, Clock clock) {
        this.kronofogden = kronofogden;
        this.letterChannel = letterChannel;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Sends once; never fails (a failure is an outcome). */
    Uni<AttemptResult> attempt(Delivery d) {
        return Uni.createFrom().deferred(() -> send(d))
                .map(response -> response.getStatus() / 100 == 2
                        ? AttemptResult.confirmed(response.getStatus(), reference(response), clock.instant())
                        : AttemptResult.refused(response.getStatus()))
                .onFailure().recoverWithItem(AttemptResult::failed);
    }

    private Uni<Response> send(Delivery d) {
        String key = d.id.toString();
        return switch (d.kind) {
            case ACKNOWLEDGEMENT -> kronofogden.acknowledge(key, d.payload);
            case POSTPONEMENT_REQUEST -> kronofogden.requestPostponement(key, d.payload);
            case TENANT_LETTER -> letterChannel.dispatch(key, d.payload);
        };
    }

    private String reference(Response response) {
        try {
            String body = response.readEntity(String.class);
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            JsonNode reference = node == null ? null : node.get("reference");
            return reference == null || !reference.isTextual() ? null : reference.asText();
        } catch (Exception e) {
            // 2xx is the confirmation; a receipt we cannot read does not undo it
            return null;
        }
    }
}
