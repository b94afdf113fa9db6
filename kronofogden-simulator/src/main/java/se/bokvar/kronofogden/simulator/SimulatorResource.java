package se.bokvar.kronofogden.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The simulator's control panel (no authentication: local test infrastructure on a loopback address): make
 * Kronofogden send a notice, an update or an answer; make it or the letter channel refuse; see what it received.
 */
@Path("/sim")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatorResource {

    @Inject
    Simulator simulator;

    @Inject
    Inbox inbox;

    @GET
    public Map<String, Object> overview() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("what", "Kronofogden simulator (test infrastructure; in memory)");
        o.put("refusals", inbox.refusalState());
        o.put("received", Map.of("acknowledgements", inbox.received("acknowledgement", null).size(),
                "postponementRequests", inbox.received("postponement-request", null).size(),
                "letters", inbox.received("letter", null).size()));
        o.put("sent", Map.of("notices", inbox.sent("notice", null).size(), "updates", inbox.sent("update", null).size(),
                "answers", inbox.sent("postponement-answer", null).size()));
        o.put("endpoints", List.of("POST /sim/send-notice", "POST /sim/send-update", "POST /sim/postponement-requests/{requestId}/answer",
                "POST /sim/refuse?target=kronofogden|letters&count=N (or &mode=always)", "DELETE /sim/refuse?target=...",
                "GET /sim/acknowledgements?kfmCaseNumber=", "GET /sim/acknowledgements/latest?kfmCaseNumber=", "GET /sim/postponement-requests?kfmCaseNumber=",
                "GET /sim/letters?kfmCaseNumber=", "GET /sim/letters/{letterId} (the letter as HTML)", "GET /sim/sent?kfmCaseNumber="));
        return o;
    }

    @POST
    @Path("/send-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendNotice(SendNoticeRequest overrides) {
        return forwarded(simulator.sendNotice(overrides));
    }

    @POST
    @Path("/send-update")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendUpdate(SendUpdateRequest update) {
        if (update == null || update.kfmCaseNumber() == null || update.kind() == null) {
            return Response.status(400).entity(Map.of("title", "kfmCaseNumber and kind are required")).build();
        }
        return forwarded(simulator.sendUpdate(update));
    }

    @POST
    @Path("/postponement-requests/{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("requestId") String requestId, AnswerRequest answer) {
        if (answer == null || answer.outcome() == null) {
            return Response.status(400).entity(Map.of("title", "outcome (GRANTED or REFUSED) is required")).build();
        }
        return forwarded(simulator.answer(requestId, answer));
    }

    /** 200 with the message and the adapter's answer when the adapter accepted it, else 502 with both. */
    private static Response forwarded(Inbox.Sent sent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kfmCaseNumber", sent.kfmCaseNumber());
        body.put("sent", sent.message());
        body.put("adapterStatus", sent.adapterStatus());
        body.put("adapterResponse", sent.adapterResponse());
        return Response.status(sent.adapterStatus() / 100 == 2 ? 200 : 502).entity(body).build();
    }

    @POST
    @Path("/refuse")
    public Map<String, Object> refuse(@QueryParam("target") @DefaultValue("kronofogden") String target,
            @QueryParam("count") @DefaultValue("1") int count, @QueryParam("mode") String mode) {
        Inbox.Target t = target(target);
        if ("always".equals(mode)) {
            inbox.refuseAlways(t);
        } else {
            inbox.refuseNext(t, Math.max(0, count));
        }
        return inbox.refusalState();
    }

    @DELETE
    @Path("/refuse")
    public Map<String, Object> accept(@QueryParam("target") @DefaultValue("kronofogden") String target) {
        inbox.accept(target(target));
        return inbox.refusalState();
    }

    @GET
    @Path("/acknowledgements")
    public List<Inbox.Received> acknowledgements(@QueryParam("kfmCaseNumber") String kfm) {
        return inbox.received("acknowledgement", kfm);
    }

    /**
     * The acknowledgement Kronofogden holds for a case: the confirmed one with the highest sequence (a later one
     * replaces an earlier after a reassignment). 404 until one was confirmed.
     */
    @GET
    @Path("/acknowledgements/latest")
    public Response latestAcknowledgement(@QueryParam("kfmCaseNumber") String kfm) {
        if (kfm == null || kfm.isBlank()) {
            return Response.status(400).entity(Map.of("title", "kfmCaseNumber is required")).build();
        }
        return inbox.received("acknowledgement", kfm).stream()
                .filter(r -> r.answeredStatus() / 100 == 2)
                .max(java.util.Comparator.comparingInt(r -> r.message().path("sequence").asInt()))
                .map(r -> Response.ok(r).build())
                .orElse(Response.status(404).entity(Map.of("title", "No confirmed acknowledgement for " + kfm + " yet")).build());
    }

    @GET
    @Path("/postponement-requests")
    public List<Inbox.Received> postponementRequests(@QueryParam("kfmCaseNumber") String kfm) {
        return inbox.received("postponement-request", kfm);
    }

    @GET
    @Path("/letters")
    public List<Inbox.Received> letters(@QueryParam("kfmCaseNumber") String kfm) {
        return inbox.received("letter", kfm);
    }

    /** A received letter as the tenant would see it. */
    @GET
    @Path("/letters/{letterId}")
    @Produces(MediaType.TEXT_HTML)
    public Response letter(@PathParam("letterId") String letterId) {
        return inbox.received("letter", null).stream()
                .filter(r -> r.message() != null && letterId.equals(r.message().path("letterId").asText()))
                .reduce((a, b) -> b)
                .map(r -> Response.ok(r.message().path("content").asText(), "text/html; charset=utf-8").build())
                .orElse(Response.status(404).type(MediaType.TEXT_PLAIN).entity("no such letter").build());
    }

    @GET
    @Path("/sent")
    public List<Inbox.Sent> sent(@QueryParam("kfmCaseNumber") String kfm) {
        return inbox.sent(null, kfm);
    }

    private static Inbox.Target target(String target) {
        return switch (target) {
            case "kronofogden" -> Inbox.Target.KRONOFOGDEN;
            case "letters" -> Inbox.Target.LETTERS;
            default -> throw new jakarta.ws.rs.BadRequestException("target must be kronofogden or letters");
        };
    }
}
