package se.bokvar.testsupport.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends hostile text ({@link HostileText}) into every text field of one write operation, one field and one string
 * at a time, and judges each answer from outside (issue 12):
 * <ul>
 * <li>never a 5xx;</li>
 * <li>a rejection (4xx) is a problem+json and changes no row of the service's database;</li>
 * <li>an accepted string reads back through the API that shows the field, unchanged or canonicalised as documented
 * (leading and trailing whitespace removed: docs/security-tests.md).</li>
 * </ul>
 * Text fields are found from the operation's request schema and the valid request: every string property, nested
 * objects and array items (batch items) included, and documented string properties the valid request leaves out.
 */
final class TextSweep {

    /** Where a string goes: a JSON pointer into the body, its maximum length, and whether it is plain free text. */
    record TextField(String pointer, int maxLength, boolean plain) {
    }

    /** One finding: what was sent where, and what went wrong. */
    record Finding(String field, String shape, String text, String problem) {

        @Override
        public String toString() {
            return field + " <- " + shape + " \"" + HostileInput.printable(text, 80) + "\": " + problem;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_MAX_LENGTH = 200;
    private static final String OUTBOX = "outbox_event";

    private final ApiOperation op;
    private final Role caller;
    private final Supplier<CellRequest> fixture;
    private final boolean freshPerCase;
    private final SecurityFixtures fixtures;
    private final RowCounts counts;
    private final Set<String> mayChange;
    private final int refreshBudget;

    private CellRequest current;
    private String baseline = "no read-back";
    private boolean busy = true;
    private int refreshes;
    private int sent;
    private int accepted;
    private int readBack;

    TextSweep(ApiOperation op, Role caller, Supplier<CellRequest> fixture, boolean freshPerCase, SecurityFixtures fixtures,
            RowCounts counts, int refreshBudget) {
        this.op = op;
        this.caller = caller;
        this.fixture = fixture;
        this.freshPerCase = freshPerCase;
        this.fixtures = fixtures;
        this.counts = counts;
        this.mayChange = fixtures.tablesRejectedRequestsMayChange();
        this.refreshBudget = refreshBudget;
    }

    /**
     * Runs the sweep: {@code perShape} strings of every shape into every field, plus {@link HostileText#FOUND}.
     *
     * @param deadline stop drawing new strings after this time (System.currentTimeMillis), 0 for none
     * @return what went wrong (empty when all is well) and a line of figures
     */
    List<Finding> run(long seed, int perShape, long deadline, StringBuilder figures) {
        current = fixture.get();
        JsonNode validBody = parse(current.body());
        List<TextField> fields = fields(validBody, op.bodySchema());
        List<Finding> findings = new ArrayList<>();
        Set<String> shown = shownFields(fields, validBody, findings);
        Random random = new Random(seed ^ op.key().hashCode());
        outer:
        for (TextField field : fields) {
            List<Map.Entry<String, String>> cases = new ArrayList<>();
            for (HostileText.Shape shape : HostileText.Shape.values()) {
                for (int i = 0; i < perShape; i++) {
                    cases.add(Map.entry(shape.name(), HostileText.draw(shape, random, field.maxLength())));
                }
            }
            HostileText.FOUND.forEach(text -> cases.add(Map.entry("FOUND", text)));
            for (Map.Entry<String, String> c : cases) {
                if (deadline > 0 && System.currentTimeMillis() > deadline) {
                    break outer;
                }
                send(field, c.getKey(), c.getValue(), shown.contains(field.pointer()), findings);
            }
        }
        figures.append(op.key()).append(": ").append(fields.size()).append(" text fields, ").append(sent)
                .append(" strings sent, ").append(accepted).append(" accepted, ").append(readBack).append(" read back, ")
                .append(refreshes).append(" fixtures renewed; read back through ").append(shown.isEmpty() ? "none" : shown)
                .append(" (").append(baseline).append(')');
        return findings;
    }

    private void send(TextField field, String shape, String text, boolean readable, List<Finding> findings) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (freshPerCase) {
                // a fresh request (e.g. a new reference): making it writes nothing
                current = fixture.get();
            }
            JsonNode body = parse(current.body());
            set(body, field.pointer(), text);
            Map<String, Long> before = busy ? counts.quiet(60) : counts.snapshot();
            Http.Answer answer = Http.send(op.method(), op.path(), current, caller.token(), op.bodyMediaType(),
                    body.toString().getBytes(StandardCharsets.UTF_8));
            sent++;
            int status = effectiveStatus(answer);
            busy = status < 400;
            if (status >= 500) {
                findings.add(new Finding(field.pointer(), shape, text, status + " " + answer.excerpt()));
                return;
            }
            if (status >= 400) {
                if (!answer.isProblem() && answer.status() >= 400) {
                    findings.add(new Finding(field.pointer(), shape, text, answer.status() + " is not problem+json: "
                            + answer.contentType()));
                }
                String changed = changes(before, counts.snapshot());
                if (!changed.isEmpty()) {
                    findings.add(new Finding(field.pointer(), shape, text, "rejected with " + answer.status()
                            + " but rows changed: " + changed));
                }
                // a state conflict (the fixture was used up by an earlier accepted string): renew it and try again
                if ((answer.status() == 404 || answer.status() == 409 || answer.status() == 410) && !freshPerCase && refreshes < refreshBudget) {
                    refreshes++;
                    current = fixture.get();
                    busy = true;
                    continue;
                }
                return;
            }
            accepted++;
            if (readable && field.plain()) {
                readBack(field, shape, text, answer, findings);
            }
            return;
        }
    }

    /**
     * The status that counts: the answer's, or for a batch answered 200 with one result per item
     * (an array of objects with a numeric {@code status}, e.g. {@code results[].status}), the worst item's (an item refused with 400 is a rejection; 500 is never right).
     */
    private static int effectiveStatus(Http.Answer answer) {
        JsonNode body = answer.status() < 300 ? parseOrNull(answer.body()) : null;
        int status = answer.status();
        if (body != null && body.isObject()) {
            for (JsonNode field : body) {
                for (JsonNode item : field.isArray() ? field : JSON.createArrayNode()) {
                    if (item.path("status").isInt()) {
                        status = Math.max(status, item.get("status").asInt());
                    }
                }
            }
        }
        return status;
    }

    private void readBack(TextField field, String shape, String text, Http.Answer answer, List<Finding> findings) {
        Optional<SecurityFixtures.ReadBack> how = fixtures.readBack(op, current, parseOrNull(answer.body()));
        if (how.isEmpty()) {
            return;
        }
        Set<String> texts = texts(how.get(), true);
        readBack++;
        // documented canonicalisations: surrounding whitespace removed; only whitespace in an optional field = absent
        if (!text.strip().isEmpty() && !texts.contains(text) && !texts.contains(text.strip())) {
            findings.add(new Finding(field.pointer(), shape, text, "accepted, but " + how.get().pathTemplate()
                    + " does not show it unchanged (nor stripped of surrounding whitespace)"));
        }
    }

    /**
     * The fields whose value the read-back API shows (so an accepted hostile value must show there too). The valid
     * request is sent once: every plain field whose value appears in its read-back is shown. Each plain field the
     * valid request leaves out is then tried once with a harmless marker value: shown if the marker reads back.
     */
    private Set<String> shownFields(List<TextField> fields, JsonNode validBody, List<Finding> findings) {
        Set<String> shown = new HashSet<>();
        Map<String, Long> before = counts.quiet(60);
        Http.Answer answer = Http.send(op, current, caller.token());
        if (answer.status() >= 300) {
            findings.add(new Finding("(valid request)", "-", "", "the fixture's valid request got " + answer.status() + " "
                    + answer.excerpt() + "; rows before " + before));
            return shown;
        }
        Optional<SecurityFixtures.ReadBack> how = fixtures.readBack(op, current, parseOrNull(answer.body()));
        if (how.isEmpty()) {
            renew();
            return shown;
        }
        Set<String> texts = texts(how.get(), true);
        baseline = texts.size() + " texts in " + how.get().pathTemplate();
        for (TextField f : fields) {
            JsonNode value = validBody.at(f.pointer());
            if (f.plain() && value.isTextual() && texts.contains(value.asText().strip())) {
                shown.add(f.pointer());
            }
        }
        for (TextField f : fields) {
            if (f.plain() && validBody.at(f.pointer()).isMissingNode()) {
                String marker = HostileText.cut("Markör " + Long.toString(System.nanoTime(), 36), f.maxLength());
                if (freshPerCase) {
                    current = fixture.get();
                }
                Http.Answer marked = sendWith(f, marker);
                if (marked.status() == 404 || marked.status() == 409 || marked.status() == 410) {
                    renew();
                    marked = sendWith(f, marker);
                }
                Optional<SecurityFixtures.ReadBack> there = marked.status() < 300
                        ? fixtures.readBack(op, current, parseOrNull(marked.body())) : Optional.empty();
                if (there.isPresent() && texts(there.get(), false).contains(marker)) {
                    shown.add(f.pointer());
                }
            }
        }
        renew();
        return shown;
    }

    /** A request that is fresh again after a baseline request may have used it up. */
    private void renew() {
        current = fixture.get();
        busy = true;
    }

    /** The current request with {@code value} in {@code field}. */
    private Http.Answer sendWith(TextField field, String value) {
        JsonNode body = parse(current.body());
        set(body, field.pointer(), value);
        return Http.send(op.method(), op.path(), current, caller.token(), op.bodyMediaType(),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every text value of the read-back's JSON; {@code strict}: anything but 200 fails the test, else reads as none. */
    private Set<String> texts(SecurityFixtures.ReadBack how, boolean strict) {
        Http.Answer got = Http.send("GET", how.pathTemplate(), how.request(), caller.token(), null, null);
        if (got.status() != 200 && !strict) {
            return Set.of();
        }
        if (got.status() != 200) {
            throw new AssertionError("reading back " + how.pathTemplate() + " " + how.request().pathParams() + ": "
                    + got.status() + " " + got.excerpt());
        }
        Set<String> out = new HashSet<>();
        collectTexts(parseOrNull(got.body()), out);
        return out;
    }

    private static void collectTexts(JsonNode node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collectTexts(child, out));
    }

    /** What changed that a rejection must not change: any table grown, or shrunk (but the outbox, which drains). */
    private String changes(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : before.entrySet()) {
            long then = e.getValue();
            long now = after.getOrDefault(e.getKey(), then);
            if (mayChange.contains(e.getKey()) || now == then || now < then && e.getKey().equals(OUTBOX)) {
                continue;
            }
            out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(": ").append(then).append(" -> ").append(now);
        }
        return out.toString();
    }


    // ------------------------------------------------------------------ fields

    /** Every string-valued place of the body, by the valid request and the schema. */
    static List<TextField> fields(JsonNode body, JsonNode schema) {
        List<TextField> out = new ArrayList<>();
        collect(body, "", schema, out, 0);
        return out;
    }

    private static void collect(JsonNode node, String pointer, JsonNode schema, List<TextField> out, int depth) {
        if (depth > 12) {
            return;
        }
        JsonNode s = HostileInput.unwrap(schema);
        if (node != null && node.isObject()) {
            Set<String> seen = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                seen.add(e.getKey());
                collect(e.getValue(), pointer + "/" + HostileInput.escape(e.getKey()), HostileInput.property(s, e.getKey()), out,
                        depth + 1);
            }
            if (s != null && s.path("properties").isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode p = HostileInput.unwrap(e.getValue());
                    if (!seen.contains(e.getKey()) && p != null && isString(p)) {
                        out.add(field(pointer + "/" + HostileInput.escape(e.getKey()), p));
                    }
                }
            }
        } else if (node != null && node.isArray()) {
            JsonNode items = s == null ? null : s.get("items");
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, items, out, depth + 1);
            }
        } else if (node != null && node.isTextual()) {
            out.add(field(pointer, s));
        }
    }

    private static TextField field(String pointer, JsonNode schema) {
        int max = schema != null && schema.has("maxLength") ? schema.get("maxLength").asInt() : DEFAULT_MAX_LENGTH;
        // @NotBlank is published as the pattern \S: still free text
        boolean plain = schema == null || !schema.has("enum") && !schema.has("format")
                && (!schema.has("pattern") || schema.get("pattern").asText().equals("\\S"));
        return new TextField(pointer, Math.min(max, 100_000), plain);
    }

    private static boolean isString(JsonNode schema) {
        JsonNode type = schema.get("type");
        return type != null && (type.isTextual() && type.asText().equals("string")
                || type.isArray() && type.toString().contains("\"string\""));
    }




    private static void set(JsonNode root, String pointer, String value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode o) {
            o.put(p.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            int i = p.last().getMatchingIndex();
            if (i >= 0 && i < a.size()) {
                a.set(i, JSON.getNodeFactory().textNode(value));
            }
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("the fixture's body is not JSON", e);
        }
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
