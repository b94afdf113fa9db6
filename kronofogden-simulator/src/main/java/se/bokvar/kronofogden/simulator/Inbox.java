package se.bokvar.kronofogden.simulator;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/** What the simulator received and sent, in memory, and whether it refuses. */
@ApplicationScoped
public class Inbox {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** Where a message arrives. */
    public enum Target {
        /** Kronofogden's interface: acknowledgements and postponement requests. */
        KRONOFOGDEN,
        /** The letter channel. */
        LETTERS
    }

    /**
     * One message received.
     *
     * @param kind            acknowledgement, postponement-request or letter
     * @param answeredStatus  what the simulator answered (201/202 confirmed, 200 a repeat, 400, 401, 503 refused)
     * @param reference       the receipt's reference, when confirmed
     * @param violations      what did not follow the contract (400)
     */
    public record Received(String kind, OffsetDateTime receivedAt, String idempotencyKey, int answeredStatus, String reference,
            List<String> violations, JsonNode message) {
    }

    /** Something the simulator sent to the adapter, and the adapter's answer. */
    public record Sent(String kind, OffsetDateTime sentAt, String kfmCaseNumber, JsonNode message, int adapterStatus,
            JsonNode adapterResponse) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<Target, Refusal> refusals = new EnumMap<>(Target.class);
    private final AtomicLong references = new AtomicLong();

    /** How a target refuses: the next {@code count} requests, or all of them. */
    record Refusal(int count, boolean always) {
    }

    public Inbox() {
        for (Target t : Target.values()) {
            refusals.put(t, new Refusal(0, false));
        }
    }

    /** True if this request to {@code target} is to be refused (counts it down). */
    public synchronized boolean refuse(Target target) {
        Refusal r = refusals.get(target);
        if (r.always()) {
            return true;
        }
        if (r.count() > 0) {
            refusals.put(target, new Refusal(r.count() - 1, false));
            return true;
        }
        return false;
    }

    public synchronized void refuseNext(Target target, int count) {
        refusals.put(target, new Refusal(count, false));
    }

    public synchronized void refuseAlways(Target target) {
        refusals.put(target, new Refusal(0, true));
    }

    public synchronized void accept(Target target) {
        refusals.put(target, new Refusal(0, false));
    }

    public synchronized Map<String, Object> refusalState() {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        refusals.forEach((t, r) -> state.put(t.name().toLowerCase(), r.always() ? "always" : r.count() == 0 ? "accepting"
                : "refusing the next " + r.count()));
        return state;
    }

    /** The receipt for an idempotency key: the same key always gets the same one. Returns [reference, isNew]. */
    public synchronized Object[] receipt(String idempotencyKey, String prefix) {
        String existing = receipts.get(idempotencyKey);
        if (existing != null) {
            return new Object[] { existing, false };
        }
        String reference = prefix + "-" + String.format("%06d", references.incrementAndGet());
        receipts.put(idempotencyKey, reference);
        return new Object[] { reference, true };
    }

    public void record(Received r) {
        received.add(r);
    }

    public void record(Sent s) {
        sent.add(s);
    }

    /** Received messages of a kind, optionally only those about one KFM case, oldest first. */
    public List<Received> received(String kind, String kfmCaseNumber) {
        List<Received> out = new ArrayList<>();
        for (Received r : received) {
            if (r.kind().equals(kind) && (kfmCaseNumber == null || about(r, kfmCaseNumber))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Acknowledgements and requests name the KFM case; a letter quotes it in its text. */
    private static boolean about(Received r, String kfmCaseNumber) {
        if (r.message() == null) {
            return false;
        }
        if (r.message().has("kfmCaseNumber")) {
            return kfmCaseNumber.equals(r.message().get("kfmCaseNumber").asText());
        }
        return r.message().path("content").asText().contains(kfmCaseNumber);
    }

    public List<Sent> sent(String kind, String kfmCaseNumber) {
        return sent.stream().filter(s -> (kind == null || s.kind().equals(kind))
                && (kfmCaseNumber == null || kfmCaseNumber.equals(s.kfmCaseNumber()))).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(STOCKHOLM);
    }
}
