package se.bokvar.kronofogden.simulator;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the simulated Kronofogden sends to the adapter: notices, updates, answers to postponement requests. */
@ApplicationScoped
public class Simulator {

    @Inject
    AdapterClient adapter;

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    private final NoticeGenerator generator = new NoticeGenerator(new java.security.SecureRandom());

    /** Generates a notice (with the overrides), sends it and records the adapter's answer. */
    public Inbox.Sent sendNotice(SendNoticeRequest overrides) {
        Map<String, Object> notice = generator.notice(Inbox.now(), overrides);
        return send("notice", (String) notice.get("kfmCaseNumber"), "/api/v1/evictions", notice);
    }

    public Inbox.Sent sendUpdate(SendUpdateRequest update) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("updateId", update.updateId() != null ? update.updateId() : "UPD-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("kind", update.kind());
        body.put("evictionAt", update.evictionAt() == null ? null : NoticeGenerator.iso(update.evictionAt()));
        body.put("comment", update.comment());
        return send("update", update.kfmCaseNumber(), "/api/v1/evictions/" + update.kfmCaseNumber() + "/updates", body);
    }

    /** Kronofogden's decision on a postponement request it received. */
    public Inbox.Sent answer(String requestId, AnswerRequest answer) {
        String kfm = inbox.received("postponement-request", null).stream()
                .filter(r -> r.message() != null && requestId.equals(r.message().path("requestId").asText()))
                .map(r -> r.message().path("kfmCaseNumber").asText()).findFirst().orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", answer.outcome());
        body.put("newEvictionAt", answer.newEvictionAt() == null ? null : NoticeGenerator.iso(answer.newEvictionAt()));
        body.put("comment", answer.comment());
        body.put("decidedAt", NoticeGenerator.iso(OffsetDateTime.now(NoticeGenerator.STOCKHOLM)));
        return send("postponement-answer", kfm, "/api/v1/postponement-requests/" + requestId + "/answer", body);
    }

    private Inbox.Sent send(String kind, String kfmCaseNumber, String path, Map<String, Object> body) {
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AdapterClient.Answer answer = adapter.post(path, json);
        JsonNode message = mapper.valueToTree(body);
        Inbox.Sent sent = new Inbox.Sent(kind, Inbox.now(), kfmCaseNumber, message, answer.status(), answer.body());
        inbox.record(sent);
        return sent;
    }
}
