package se.bokvar.platform.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds, in a record's JSON, every object that describes another person than the extract's subject: an object with
 * a {@code personalIdentityNumber} member (or {@code personal_identity_number}, as a table row in JSON names it; any
 * form: 12 or 10 digits, with or without separator) that is not the
 * subject's. Such an object is flagged as a whole ({@link ReviewFlag#otherPerson}): its name and number belong to
 * someone else.
 */
public final class OtherPeople {

    private OtherPeople() {
    }

    /**
     * @param data             a record's data
     * @param subjectCanonical the subject's personnummer, canonical (12 digits)
     * @return the flags, in document order
     */
    public static List<ReviewFlag> flag(JsonNode data, String subjectCanonical) {
        List<ReviewFlag> flags = new ArrayList<>();
        walk(data, "", subjectCanonical, flags);
        return flags;
    }

    /** Whether {@code value} (any accepted form) is the subject's number. */
    public static boolean isSubject(String value, String subjectCanonical) {
        if (value == null) {
            return false;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() == 12) {
            return digits.equals(subjectCanonical);
        }
        return digits.length() == 10 && subjectCanonical.endsWith(digits);
    }

    private static void walk(JsonNode node, String path, String subject, List<ReviewFlag> flags) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode pin = node.has("personalIdentityNumber") ? node.get("personalIdentityNumber") : node.get("personal_identity_number");
            if (pin != null && pin.isTextual() && !isSubject(pin.asText(), subject)) {
                flags.add(ReviewFlag.otherPerson(path.isEmpty() ? "" : path));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                walk(f.getValue(), path + "/" + escape(f.getKey()), subject, flags);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, subject, flags);
            }
        }
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
