package se.bokvar.kronofogden.simulator;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kronofogden's interface (docs/kronofogden/kronofogden-api.openapi.yaml) and the letter channel
 * (docs/kronofogden/letter-channel-api.openapi.yaml), as the adapter calls them: API key, contract check,
 * a receipt (the same one for the same Idempotency-Key), or 503 when told to refuse.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReceivingEndpoints {

    private static final Logger LOG = Logger.getLogger(ReceivingEndpoints.class);

    @Inject
    Inbox inbox;

    @Inject
    Contract contract;

    @Inject
    SimulatorConfig config;

    @Inject
    ObjectMapper mapper;

    @POST
    @Path("/kronofogden/v1/acknowledgements")
    public Response acknowledgement(@HeaderParam("X-Api-Key") String apiKey, @HeaderParam("Idempotency-Key") String key, String body) {
        return receive("acknowledgement", Inbox.Target.KRONOFOGDEN, config.kronofogdenApiKey(), apiKey, key, body, 201, "KFM-BEK");
    }

    @POST
    @Path("/kronofogden/v1/postponement-requests")
    public Response postponementRequest(@HeaderParam("X-Api-Key") String apiKey, @HeaderParam("Idempotency-Key") String key,
            String body) {
        return receive("postponement-request", Inbox.Target.KRONOFOGDEN, config.kronofogdenApiKey(), apiKey, key, body, 202, "KFM-ANS");
    }

    @POST
    @Path("/letter-channel/v1/letters")
    public Response letter(@HeaderParam("X-Api-Key") String apiKey, @HeaderParam("Idempotency-Key") String key, String body) {
        return receive("letter", Inbox.Target.LETTERS, config.letterChannelApiKey(), apiKey, key, body, 202, "POST");
    }

    private Response receive(String kind, Inbox.Target target, String expectedKey, String apiKey, String idempotencyKey,
            String body, int createdStatus, String referencePrefix) {
        JsonNode message = parse(body);
        if (!expectedKey.equals(apiKey)) {
            inbox.record(new Inbox.Received(kind, Inbox.now(), idempotencyKey, 401, null, List.of("missing or wrong X-Api-Key"), message));
            return Response.status(401).entity(Map.of("title", "Missing or wrong X-Api-Key")).build();
        }
        if (inbox.refuse(target)) {
            inbox.record(new Inbox.Received(kind, Inbox.now(), idempotencyKey, 503, null, List.of(), message));
            return Response.status(503).header("Retry-After", "5").entity(Map.of("title", "Unavailable (the simulator was told to refuse)")).build();
        }
        List<String> violations = message == null ? List.of("the body is not JSON") : contract.violations(kind, body);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            violations = new java.util.ArrayList<>(violations);
            violations.add("the Idempotency-Key header is missing");
        }
        if (!violations.isEmpty()) {
            LOG.warnf("A %s did not follow the contract (%d violations); answered 400", kind, violations.size());
            inbox.record(new Inbox.Received(kind, Inbox.now(), idempotencyKey, 400, null, violations, message));
            return Response.status(400).entity(Map.of("title", "The message does not follow the contract", "violations", violations)).build();
        }
        Object[] receipt = inbox.receipt(idempotencyKey, referencePrefix);
        int status = (Boolean) receipt[1] ? createdStatus : 200;
        inbox.record(new Inbox.Received(kind, Inbox.now(), idempotencyKey, status, (String) receipt[0], List.of(), message));
        return Response.status(status).entity(Map.of("reference", receipt[0], "receivedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Inbox.now()))).build();
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
