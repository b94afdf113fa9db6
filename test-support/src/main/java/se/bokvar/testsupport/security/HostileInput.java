package se.bokvar.testsupport.security;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random and hostile requests for one operation, built from its OpenAPI schema and a valid request: every case
 * applies one to three moves to the valid request, each of which breaks something a careless server trips over:
 * wrong types, nulls, missing and unknown fields, huge and empty strings, control characters and broken Unicode,
 * numbers at and beyond the edges, impossible dates, deep nesting, huge arrays, SQL- and HTML-looking text, broken
 * JSON, wrong media types and charsets, and hostile path, query and header parameters.
 * <p>
 * The generator is a QuickTheories {@link Gen}: reproducible from a seed, and a failing case shrinks towards fewer
 * and simpler moves.
 */
public final class HostileInput {

    /** What one move does. */
    public enum Kind {
        REMOVE_FIELD, NULL_VALUE, WRONG_TYPE, RANDOM_TEXT, NASTY_TEXT, PERSONNUMMER, HUGE_TEXT, BLANK_TEXT, NUMBER_EDGE, DATE_EDGE,
        ENUM_JUNK, DEEP_NESTING, EXTRA_FIELD, ARRAY_SIZE, BROKEN_JSON, MEDIA_TYPE, PATH_PARAMETER, QUERY_PARAMETER,
        HEADER_PARAMETER
    }

    /** One move: its kind, which target it picks, which variant of the kind, and random material. */
    public record Move(Kind kind, int target, int variant, String text, long number) {
    }

    /** A request ready to send, and how it was made. */
    public record Hostile(CellRequest request, String contentType, byte[] body, List<String> moves) {

        @Override
        public String toString() {
            String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
            return "moves " + moves + "; Content-Type " + contentType + "; path " + request.pathParams() + "; query "
                    + request.queryParams() + "; headers " + request.headers() + "; body " + printable(text, 600);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@bokvar-raw-%d@@";
    private static final Pattern RAW_PLACEHOLDER = Pattern.compile("\"@@bokvar-raw-(\\d+)@@\"");
    /** The largest body sent: 12 MiB, three times the largest service ceiling and below the services' drain limit. */
    static final int MAX_BODY = 12 * 1024 * 1024;

    static final List<String> NASTY = List.of("'; drop table notice; --", "\" OR 1=1 --", "1' OR '1'='1",
            "Robert'); DROP TABLE audit_record;--", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1:1/x}", "#{7*7}{{7*7}}", "%s%s%s%n%x", "../../../../etc/passwd", "\\", "\"", "'", "`",
            "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0301\u0301",
            "Ω≈ç√∫˜µ≤≥÷", "ジャパン", "مرحبا", "\u0000", "a\u0000b", "\u0007\u0008\u001b[31m", "line\r\nSet-Cookie: x=y",
            "\u0085\u2028\u2029", "\uD800", "\uDC00x", "\uFFFF\uFFFE", "19850315-2384", "850315-2384",
            // personnummer: wrong check digit, impossible month/day, samordningsnummer-like day, short, long, letters
            "19850315-2385", "19851315-2384", "19850332-2384", "19850375-2381", "198503152384", "8503152384",
            "19850315+2384", "1985031-52384", "19850315-23844", "1985O315-2384", "00000000-0000", "99999999-9999", "null", "undefined",
            "NaN", "-1", "99999999999999999999999999999", "true", "0x41", "1e999", " ", "\t", "", "   leading",
            "trailing   ", "%00", "%2e%2e%2f", "*", "?", "&", "=", "#", "SELECT pg_sleep(10)", "\u00a0");

    /** Invalid personnummer, for the fields that take one. */
    static final List<String> INVALID_PERSONNUMMER = List.of("19850315-2385", "19851315-2384", "19850332-2384",
            "198503152385", "8503152385", "19850315+2385", "20991231-0000", "18000101-0008", "1985-03-15-2384",
            "1985031-52384", "19850315-23844", "1985O315-2384", "00000000-0000", "99999999-9999", "", " ", "-",
            "19850315\u00002384", "１９８５０３１５-２３８４");

    static final List<String> DATES = datesNearToday();
    static final List<String> MEDIA_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense", "application/json; charset=", "application/jsonx", "*/*", "",
            "APPLICATION/JSON", "application/json; boundary=\"", "text/html", "application/octet-stream");
    static final List<Integer> HUGE = List.of(257, 1_001, 10_001, 70_001, 300_001);
    static final List<Integer> DEPTHS = List.of(20, 200, 999, 1_001, 5_000, 50_000);
    static final List<Integer> ARRAY_SIZES = List.of(0, 2, 51, 1_001, 5_000);
    static final List<String> EXTRA_NAMES = List.of("unknown", "__proto__", "constructor", "$where", "id", "landlordId",
            "createdAt", "status", "receivedAt", "version", "board", "admin", "a".repeat(1000), "");

    private final ApiOperation operation;
    private final CellRequest valid;
    private final JsonNode validBody;

    /**
     * @param operation the operation
     * @param valid a valid request for it (as the fixture prepares it for an authorized caller)
     */
    public HostileInput(ApiOperation operation, CellRequest valid) {
        this.operation = operation;
        this.valid = valid;
        JsonNode body = null;
        if (valid.body() != null && operation.hasBody() && operation.bodyMediaType().contains("json")) {
            try {
                body = JSON.readTree(valid.body());
            } catch (IOException e) {
                throw new IllegalArgumentException("the valid body of " + operation + " is not JSON", e);
            }
        }
        this.validBody = body;
    }

    /** Hostile requests: one to three random moves each. */
    public Gen<Hostile> requests() {
        Gen<Kind> kinds = Generate.frequency(weights());
        Gen<Move> moves = kinds.zip(integers().between(0, 9_999), integers().between(0, 9_999),
                strings().allPossible().ofLengthBetween(0, 48), longs().all(), Move::new);
        return lists().of(moves).ofSizeBetween(1, 3).map(this::apply).describedAs(Hostile::toString);
    }

    private List<Pair<Integer, Gen<Kind>>> weights() {
        List<Pair<Integer, Gen<Kind>>> w = new ArrayList<>();
        boolean body = validBody != null;
        for (Kind k : Kind.values()) {
            int weight = switch (k) {
                case PATH_PARAMETER -> operation.parameters("path").isEmpty() ? 0 : 6;
                case QUERY_PARAMETER -> operation.parameters("query").isEmpty() ? (body ? 0 : 2) : 8;
                case HEADER_PARAMETER -> operation.parameters("header").isEmpty() ? 0 : 3;
                case MEDIA_TYPE -> operation.hasBody() ? 3 : 0;
                case BROKEN_JSON -> operation.hasBody() ? 4 : 1;
                case DEEP_NESTING, HUGE_TEXT -> body ? 3 : 0;
                default -> body ? 6 : 0;
            };
            if (weight > 0) {
                w.add(Pair.of(weight, Generate.constant(k)));
            }
        }
        return w;
    }

    /** Builds the request that a list of moves describes. */
    public Hostile apply(List<Move> moves) {
        CellRequest request = valid.copy();
        String contentType = operation.hasBody() ? operation.bodyMediaType() : null;
        JsonNode body = validBody == null ? null : validBody.deepCopy();
        List<String> raw = new ArrayList<>();
        byte[] replaced = null;
        List<String> described = new ArrayList<>();
        for (Move m : moves) {
            switch (m.kind()) {
                case MEDIA_TYPE -> {
                    contentType = pick(MEDIA_TYPES, m.variant());
                    if (contentType.isEmpty()) {
                        contentType = null;
                    }
                    described.add("Content-Type " + contentType);
                }
                case BROKEN_JSON -> {
                    String text = serialize(body, raw);
                    replaced = brokenBody(text == null ? "{}" : text, m);
                    described.add("broken body #" + (m.variant() % 24));
                }
                case PATH_PARAMETER, QUERY_PARAMETER, HEADER_PARAMETER -> described.add(parameter(request, m));
                default -> {
                    if (body != null) {
                        described.add(mutate(body, m, raw));
                    }
                }
            }
        }
        byte[] bytes = replaced != null ? replaced
                : body != null ? serialize(body, raw).getBytes(StandardCharsets.UTF_8)
                        : valid.body() == null ? null : valid.body().getBytes(StandardCharsets.UTF_8);
        return new Hostile(request, contentType, bytes, described);
    }

    // ---------------------------------------------------------------- parameters

    private String parameter(CellRequest request, Move m) {
        String in = switch (m.kind()) {
            case PATH_PARAMETER -> "path";
            case QUERY_PARAMETER -> "query";
            default -> "header";
        };
        List<ApiOperation.Parameter> params = operation.parameters(in);
        if (params.isEmpty()) {
            request.query(pick(EXTRA_NAMES, m.target()).isEmpty() ? "x" : "admin", "true");
            return "unknown query parameter";
        }
        ApiOperation.Parameter p = pick(params, m.target());
        String current = switch (in) {
            case "path" -> request.pathParams().getOrDefault(p.name(), "x");
            case "query" -> request.queryParams().getOrDefault(p.name(), "1");
            default -> request.headers().getOrDefault(p.name(), UUID.randomUUID().toString());
        };
        List<String> values = new ArrayList<>(List.of("", " ", ".", "..", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff", current.toUpperCase(Locale.ROOT), current + "x", current + " ",
                "0", "1", "-1", "2147483648", "-9223372036854775809", "99999999999999999999", "1e3", "1.5", "true",
                "a".repeat(300), "9".repeat(1000), "a".repeat(5_000), m.text(), Long.toString(m.number())));
        values.addAll(NASTY);
        String value = pick(values, m.variant());
        if (in.equals("header")) {
            // only what an HTTP client can send in a header: visible ASCII and spaces
            value = value.chars().map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
            request.header(p.name(), value);
        } else if (in.equals("path")) {
            request.path(p.name(), value);
        } else {
            request.query(p.name(), value);
        }
        return in + " parameter " + p.name() + " = " + printable(value, 60);
    }

    // ---------------------------------------------------------------- body moves

    private String mutate(JsonNode body, Move m, List<String> raw) {
        List<Target> targets = targets(body, m.kind());
        if (targets.isEmpty()) {
            return m.kind() + ": no target";
        }
        Target t = pick(targets, m.target());
        JsonNode current = t.existing ? body.at(t.pointer) : null;
        JsonNode value;
        switch (m.kind()) {
            case REMOVE_FIELD -> {
                remove(body, t.pointer);
                return "remove " + t.pointer;
            }
            case NULL_VALUE -> value = NODES.nullNode();
            case WRONG_TYPE -> value = wrongType(current, m.variant());
            case RANDOM_TEXT -> value = NODES.textNode(m.text());
            case NASTY_TEXT -> value = NODES.textNode(pick(NASTY, m.variant()));
            case PERSONNUMMER -> value = NODES.textNode(pick(INVALID_PERSONNUMMER, m.variant()));
            case HUGE_TEXT -> {
                int n = pick(HUGE, m.variant());
                String unit = m.text().isEmpty() ? "Å" : m.text();
                value = NODES.textNode(unit.repeat(n / unit.length() + 1).substring(0, n));
            }
            case BLANK_TEXT -> value = NODES.textNode(pick(List.of("", " ", "\u00a0", "\t\n", " ".repeat(300)), m.variant()));
            case NUMBER_EDGE -> value = number(m, raw);
            case DATE_EDGE -> value = NODES.textNode(pick(DATES, m.variant()));
            case ENUM_JUNK -> {
                String text = current != null && current.isTextual() ? current.asText() : "VALUE";
                value = NODES.textNode(pick(List.of(text.toLowerCase(Locale.ROOT), text + " ", " " + text, text + text,
                        "UNKNOWN", "0", "", text.replace('_', '-'), m.text()), m.variant()));
            }
            case DEEP_NESTING -> {
                int depth = pick(DEPTHS, m.variant());
                boolean arrays = m.number() % 2 == 0;
                String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                value = rawValue(nested, raw);
            }
            case EXTRA_FIELD -> {
                String name = pick(EXTRA_NAMES, m.variant());
                ObjectNode target = current != null && current.isObject() ? (ObjectNode) current : parentObject(body, t.pointer);
                if (target == null) {
                    return "extra field: no object";
                }
                target.put(name.isEmpty() ? m.text() : name, m.text());
                return "extra field " + printable(name, 40) + " in " + t.pointer;
            }
            case ARRAY_SIZE -> {
                int n = pick(ARRAY_SIZES, m.variant());
                ArrayNode array = NODES.arrayNode();
                JsonNode element = current != null && current.isArray() && current.size() > 0 ? current.get(0)
                        : current != null ? current : NODES.textNode(m.text());
                // no more copies than make the body over-large: a 5,000-element array of a deeply nested value
                // would be gigabytes
                n = (int) Math.min(n, MAX_BODY / Math.max(1, expandedLength(element, raw)) + 1);
                for (int i = 0; i < n; i++) {
                    array.add(element.deepCopy());
                }
                value = array;
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
        set(body, t.pointer, value);
        return m.kind().name().toLowerCase(Locale.ROOT) + " at " + t.pointer;
    }

    private JsonNode wrongType(JsonNode current, int variant) {
        List<JsonNode> options = new ArrayList<>();
        if (current == null || !current.isTextual()) {
            options.add(NODES.textNode("12abc"));
            options.add(NODES.textNode(""));
        }
        if (current == null || !current.isNumber()) {
            options.add(NODES.numberNode(42));
            options.add(NODES.numberNode(-1.5));
        }
        if (current == null || !current.isBoolean()) {
            options.add(NODES.booleanNode(true));
        }
        if (current == null || !current.isObject()) {
            options.add(NODES.objectNode().put("value", "x"));
            options.add(NODES.objectNode());
        }
        if (current == null || !current.isArray()) {
            options.add(NODES.arrayNode().add("x"));
            options.add(NODES.arrayNode());
        }
        return pick(options, variant);
    }

    private JsonNode number(Move m, List<String> raw) {
        List<Object> edges = List.of(0, -1, 1, Integer.MAX_VALUE, 2_147_483_648L, Integer.MIN_VALUE, -2_147_483_649L,
                Long.MAX_VALUE, Long.MIN_VALUE, new BigInteger("1" + "0".repeat(30)), new BigInteger("-1" + "0".repeat(30)),
                1e308, -1e308, new BigDecimal("1e400"), new BigDecimal("1e-400"), 0.5, -0.0, 3.14159, 1e6, 99_999_999.99,
                m.number(), Double.longBitsToDouble(m.number()), "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1",
                "0x10", "1e99999999", "-", "1_000");
        Object e = pick(edges, m.variant());
        if (e instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (e instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (e instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (e instanceof BigDecimal d) {
            return rawValue(d.toString(), raw);
        }
        if (e instanceof Double d) {
            return Double.isFinite(d) ? NODES.numberNode(d) : rawValue(d.toString(), raw);
        }
        return rawValue((String) e, raw);
    }

    // ---------------------------------------------------------------- whole bodies

    private byte[] brokenBody(String valid, Move m) {
        int at = valid.isEmpty() ? 0 : Math.floorMod(m.number(), valid.length());
        String text = switch (m.variant() % 24) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{}";
            case 4 -> "\"" + printable(m.text(), 40).replace("\"", "") + "\"";
            case 5 -> "42";
            case 6 -> "{";
            case 7 -> "{\"a\":}";
            case 8 -> "[1,]";
            case 9 -> valid.substring(0, at);
            case 10 -> valid + "garbage";
            case 11 -> valid + valid;
            case 12 -> "\uFEFF" + valid;
            case 13 -> valid.substring(0, at) + m.text() + valid.substring(at);
            case 14 -> valid.replaceFirst("\\{\\s*\"", java.util.regex.Matcher.quoteReplacement("{\"" + firstKey(valid) + "\": null, \""));
            case 15 -> "[" + valid + "]";
            case 16 -> "<?xml version=\"1.0\"?><notice/>";
            case 17 -> "a=1&b=2";
            case 18 -> "[".repeat(100_000);
            case 19 -> "{\"a\":".repeat(100_000);
            case 20 -> m.text();
            case 21 -> "\u0000".repeat(16);
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return switch (m.variant() % 24) {
            case 22 -> valid.getBytes(StandardCharsets.UTF_16);
            default -> {
                // not UTF-8: ISO-8859-1 bytes where the valid body has å, ä, ö; or a lone continuation byte
                byte[] latin = valid.getBytes(StandardCharsets.ISO_8859_1);
                byte[] out = java.util.Arrays.copyOf(latin, latin.length + 2);
                out[latin.length] = (byte) 0xC3;
                out[latin.length + 1] = (byte) 0x28;
                yield out;
            }
        };
    }

    private static String firstKey(String json) {
        int start = json.indexOf('"');
        int end = start < 0 ? -1 : json.indexOf('"', start + 1);
        return end < 0 ? "a" : json.substring(start + 1, end);
    }

    // ---------------------------------------------------------------- JSON tree plumbing

    private record Target(String pointer, boolean existing, JsonNode schema) {
    }

    /** Where a move of this kind may act: existing nodes and documented properties the body does not have. */
    private List<Target> targets(JsonNode body, Kind kind) {
        List<Target> all = new ArrayList<>();
        collect(body, "", operation.bodySchema(), all, 0);
        List<Target> preferred = all.stream().filter(t -> switch (kind) {
            case DATE_EDGE -> t.schema != null && t.schema.path("format").asText().startsWith("date")
                    || t.existing && body.at(t.pointer).asText().matches("\\d{4}-\\d{2}-\\d{2}.*");
            case NUMBER_EDGE -> t.schema != null && List.of("integer", "number").contains(t.schema.path("type").asText())
                    || t.existing && body.at(t.pointer).isNumber();
            case ENUM_JUNK -> t.schema != null && t.schema.has("enum");
            case ARRAY_SIZE -> t.existing && body.at(t.pointer).isArray();
            case REMOVE_FIELD -> t.existing;
            case PERSONNUMMER -> t.pointer.toLowerCase(Locale.ROOT).contains("identitynumber");
            default -> true;
        }).toList();
        return preferred.isEmpty() ? (kind == Kind.REMOVE_FIELD ? List.of() : all) : preferred;
    }

    private void collect(JsonNode node, String pointer, JsonNode schema, List<Target> out, int depth) {
        if (depth > 12) {
            return;
        }
        if (!pointer.isEmpty()) {
            out.add(new Target(pointer, node != null, schema));
        }
        JsonNode s = unwrap(schema);
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), pointer + "/" + escape(e.getKey()), property(s, e.getKey()), out, depth + 1);
            }
            if (s != null && s.path("properties").isObject()) {
                for (Iterator<String> names = s.path("properties").fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (!node.has(name)) {
                        out.add(new Target(pointer + "/" + escape(name), false, property(s, name)));
                    }
                }
            }
        } else if (node != null && node.isArray()) {
            JsonNode items = s == null ? null : s.get("items");
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, items, out, depth + 1);
            }
        }
    }

    /** A schema with its allOf/oneOf/anyOf parts merged: their properties, and the first of every other keyword. */
    static JsonNode unwrap(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.path(combinator).isArray() && !schema.has("properties")) {
                ObjectNode merged = NODES.objectNode();
                ObjectNode properties = merged.putObject("properties");
                for (JsonNode part : schema.get(combinator)) {
                    JsonNode p = unwrap(part);
                    if (p == null) {
                        continue;
                    }
                    if (p.path("properties").isObject()) {
                        properties.setAll((ObjectNode) p.get("properties"));
                    }
                    p.fields().forEachRemaining(e -> {
                        if (!e.getKey().equals("properties") && !merged.has(e.getKey())) {
                            merged.set(e.getKey(), e.getValue());
                        }
                    });
                }
                return merged;
            }
        }
        return schema;
    }

    static JsonNode property(JsonNode schema, String name) {
        return schema == null ? null : schema.path("properties").get(name);
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            int i = p.last().getMatchingIndex();
            if (i >= 0 && i < a.size()) {
                a.set(i, value);
            } else {
                a.add(value);
            }
        }
    }

    private static void remove(JsonNode root, String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode o) {
            o.remove(p.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a && p.last().getMatchingIndex() >= 0 && p.last().getMatchingIndex() < a.size()) {
            a.remove(p.last().getMatchingIndex());
        }
    }

    private static ObjectNode parentObject(JsonNode root, String pointer) {
        JsonNode parent = root.at(JsonPointer.compile(pointer).head());
        return parent instanceof ObjectNode o ? o : root instanceof ObjectNode r ? r : null;
    }

    /** A placeholder that {@link #serialize} replaces with raw JSON text (for what a JSON tree cannot hold). */
    private static JsonNode rawValue(String json, List<String> raw) {
        raw.add(json);
        return NODES.textNode(RAW.formatted(raw.size() - 1));
    }

    /** The length of a value's JSON text once its raw placeholders are replaced. */
    private static long expandedLength(JsonNode value, List<String> raw) {
        String text = value.toString();
        long length = text.getBytes(StandardCharsets.UTF_8).length;
        Matcher m = RAW_PLACEHOLDER.matcher(text);
        while (m.find()) {
            length += raw.get(Integer.parseInt(m.group(1))).length() - (m.end() - m.start());
        }
        return length;
    }

    private static String serialize(JsonNode body, List<String> raw) {
        if (body == null) {
            return null;
        }
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (raw.isEmpty()) {
            return text;
        }
        // placeholders copied by a large array would otherwise make a body of gigabytes: the body is cut at
        // MAX_BODY, far above every service's ceiling, so it stays an over-large (and broken) body all the same
        Matcher m = RAW_PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find() && out.length() <= MAX_BODY) {
            out.append(text, from, m.start()).append(raw.get(Integer.parseInt(m.group(1))));
            from = m.end();
        }
        if (out.length() <= MAX_BODY) {
            out.append(text, from, text.length());
        }
        return out.length() > MAX_BODY ? out.substring(0, MAX_BODY) : out.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T pick(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }

    private static <T> T pick(List<T> list, long index) {
        return list.get((int) Math.floorMod(index, (long) list.size()));
    }

    /** Text for messages: control characters escaped, cut at {@code max}. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c >= 0x2028 && c <= 0x202e || c == 0xfeff) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > max ? out + "...(" + text.length() + " chars)" : out.toString();
    }

    private static List<String> datesNearToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        return List.of("2026-02-30", "2025-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-5",
                "26-01-05", "20260105", "0000-01-01", "0001-01-01", "1899-12-31", "9999-12-31", "+999999999-12-31",
                "-2026-01-05", "2026-01-05T25:00:00+01:00", "2026-01-05T10:00:00", "2026-01-05T10:00:00Z",
                "2026-01-05T10:00:00+25:00", "2026-01-05T10:00:00.123456789123+01:00", "1970-01-01T00:00:00Z",
                "2026-W02-1", "today", "2026/01/05", "5 jan 2026", today.plusDays(1).toString(), today.plusYears(5).toString(),
                today.minusYears(3).toString(), today.minusYears(200).toString(), today.toString() + "T00:00:00+01:00",
                today.atStartOfDay(ZoneId.of("Europe/Stockholm")).toOffsetDateTime().plusYears(100).toString());
    }
}
