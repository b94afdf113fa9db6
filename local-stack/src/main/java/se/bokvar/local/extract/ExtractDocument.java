package se.bokvar.local.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A register extract assembled from the four services' parts (docs/register-extract.md): one JSON document, and one
 * readable document in Swedish (HTML) where every part flagged for a secrecy review is marked where it stands, so a
 * reviewer can mask it before release. An extract with a part missing says so at the top and is not complete.
 */
public final class ExtractDocument {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);

    /** The services in the order the document shows them, with their Swedish names. */
    static final Map<String, String> SERVICES = new java.util.LinkedHashMap<>();
    static {
        SERVICES.put("notice-intake-service", "Mottagningen av underrättelser (från hyresvärdar)");
        SERVICES.put("case-service", "Ärenden");
        SERVICES.put("consent-service", "Samtycken");
        SERVICES.put("kronofogden-adapter", "Kronofogden (underrättelser, kvittenser, brev)");
    }

    static final Map<String, String> KINDS = Map.ofEntries(Map.entry("NOTICE", "Underrättelse"),
            Map.entry("NOTICE_AMENDMENT", "Ändring av underrättelse"), Map.entry("IDEMPOTENT_ANSWER", "Sparat svar till avsändaren"),
            Map.entry("CASE", "Ärende"), Map.entry("PARKED_EVENT", "Händelse som väntar på sin underrättelse"),
            Map.entry("ACCESS", "Åtkomst (vem som läst eller ändrat)"), Map.entry("CONSENT", "Samtycke"),
            Map.entry("DISCLOSURE_DECISION", "Prövning av utlämnande"), Map.entry("EVICTION_NOTICE", "Underrättelse från Kronofogden"),
            Map.entry("EVICTION_UPDATE", "Uppdatering från Kronofogden"), Map.entry("DELIVERY", "Meddelande som skickats"),
            Map.entry("POSTPONEMENT_REQUEST", "Begäran om anstånd"));

    static final Map<String, String> REASONS = Map.of("OTHER_PERSON", "uppgifter om en annan person",
            "THIRD_PARTY_ACCOUNT", "fritext skriven av någon annan");

    /** Why a service's part is missing. */
    public record Missing(String service, String reason) {
    }

    private final ObjectMapper mapper;

    public ExtractDocument(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The assembled JSON: who, why, when, by whom, whether complete, the parts as the services answered, what is
     * missing, and how many parts need review.
     */
    public ObjectNode json(String personCanonical, String purpose, String generatedBy, Instant generatedAt,
            List<JsonNode> parts, List<Missing> missing) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("personalIdentityNumber", personCanonical);
        doc.put("purpose", purpose);
        doc.put("generatedBy", generatedBy);
        doc.put("generatedAt", generatedAt.toString());
        doc.put("complete", missing.isEmpty());
        int flags = 0;
        int records = 0;
        ArrayNode ps = doc.putArray("parts");
        for (JsonNode p : parts) {
            ps.add(p);
            for (JsonNode r : p.path("records")) {
                records++;
                flags += r.path("review").size();
            }
        }
        doc.put("records", records);
        doc.put("flaggedForReview", flags);
        ArrayNode ms = doc.putArray("missing");
        for (Missing m : missing) {
            ms.addObject().put("service", m.service()).put("reason", m.reason());
        }
        return doc;
    }

    /** The readable document, in Swedish. */
    public String html(JsonNode doc) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Registerutdrag</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}")
                .append("dl{margin:0 0 0 1rem}dt{font-weight:bold}dd{margin:0 0 .3rem 1rem}")
                .append(".granska{background:#fff3cd;border-left:4px solid #b58100;padding:.2rem .5rem}")
                .append(".ofullstandigt{background:#f8d7da;border:2px solid #842029;padding:.5rem}")
                .append("section.post{border-top:1px solid #ccc;margin-top:1rem}</style></head><body>\n");
        h.append("<h1>Registerutdrag</h1>\n<p>Utdrag enligt artikel 15 i dataskyddsförordningen (GDPR) över de personuppgifter"
                + " som socialtjänsten behandlar i bokvar om personen nedan.</p>\n<dl>")
                .append(dt("Personnummer", formatted(doc.path("personalIdentityNumber").asText())))
                .append(dt("Syfte med utdraget", doc.path("purpose").asText()))
                .append(dt("Sammanställt", when(doc.path("generatedAt").asText())))
                .append(dt("Sammanställt av", doc.path("generatedBy").asText()))
                .append(dt("Antal poster", doc.path("records").asText()))
                .append("</dl>\n");
        if (!doc.path("complete").asBoolean()) {
            h.append("<p class=\"ofullstandigt\"><strong>Utdraget är ofullständigt.</strong> Dessa delar saknas: ");
            StringBuilder list = new StringBuilder();
            for (JsonNode m : doc.path("missing")) {
                list.append(list.length() == 0 ? "" : "; ").append(esc(SERVICES.getOrDefault(m.path("service").asText(),
                        m.path("service").asText()))).append(" (").append(esc(m.path("reason").asText())).append(')');
            }
            h.append(list).append(". Lämna inte ut utdraget förrän alla delar finns med.</p>\n");
        }
        int flags = doc.path("flaggedForReview").asInt();
        h.append("<p class=\"granska\"><strong>Sekretessprövning före utlämnande:</strong> ").append(flags)
                .append(flags == 1 ? " uppgift är markerad" : " uppgifter är markerade")
                .append(" med ”Granskas”. De rör andra personer eller är fritext skriven av någon annan, och ska prövas"
                        + " enligt offentlighets- och sekretesslagen (26 kap. 1 §) innan utdraget lämnas ut.</p>\n");
        for (JsonNode part : doc.path("parts")) {
            String service = part.path("service").asText();
            h.append("<h2>").append(esc(SERVICES.getOrDefault(service, service))).append("</h2>\n");
            if (part.path("records").isEmpty()) {
                h.append("<p>Inga uppgifter om personen finns här (sökt bland: ");
                StringBuilder kinds = new StringBuilder();
                for (JsonNode k : part.path("holds")) {
                    kinds.append(kinds.length() == 0 ? "" : ", ").append(esc(KINDS.getOrDefault(k.asText(), k.asText())));
                }
                h.append(kinds).append(").</p>\n");
                continue;
            }
            for (JsonNode r : part.path("records")) {
                Map<String, String> flagged = new HashMap<>();
                for (JsonNode f : r.path("review")) {
                    flagged.put(f.path("path").asText(), REASONS.getOrDefault(f.path("reason").asText(), f.path("reason").asText()));
                }
                h.append("<section class=\"post\"><h3>").append(esc(KINDS.getOrDefault(r.path("kind").asText(), r.path("kind").asText())))
                        .append(", ").append(esc(when(r.path("at").asText()))).append("</h3>\n<p>Id: ")
                        .append(esc(r.path("id").asText())).append("</p>\n");
                value(h, r.path("data"), "", flagged);
                h.append("</section>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private void value(StringBuilder h, JsonNode node, String path, Map<String, String> flagged) {
        String reason = flagged.get(path);
        if (reason != null) {
            h.append("<div class=\"granska\"><strong>Granskas</strong> (").append(esc(reason)).append("): ");
        }
        if (node.isObject()) {
            h.append("<dl>");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNull()) {
                    continue;
                }
                h.append("<dt>").append(esc(f.getKey())).append("</dt><dd>");
                value(h, f.getValue(), path + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), flagged);
                h.append("</dd>");
            }
            h.append("</dl>");
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                h.append("–");
            }
            h.append("<ol>");
            for (int i = 0; i < node.size(); i++) {
                h.append("<li>");
                value(h, node.get(i), path + "/" + i, flagged);
                h.append("</li>");
            }
            h.append("</ol>");
        } else {
            h.append(esc(node.asText()));
        }
        if (reason != null) {
            h.append("</div>");
        }
    }

    private static String dt(String term, String value) {
        return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>";
    }

    private static String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    /** {@code 198503152384} as {@code 19850315-2384}. */
    static String formatted(String canonical) {
        return canonical.length() == 12 ? canonical.substring(0, 8) + "-" + canonical.substring(8) : canonical;
    }

    /** HTML text and attribute escaping. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
