package se.bokvar.platform.extract;

/**
 * A part of an extract's record that must be reviewed under secrecy (OSL 26 kap. 1 §; GDPR art. 15.4: the right of
 * access must not adversely affect others) before the extract is released: it is included and marked, never left out
 * silently.
 *
 * @param path   a JSON pointer into the record's data, e.g. {@code /tenants/1}
 * @param reason {@code OTHER_PERSON} (another person's data), {@code THIRD_PARTY_ACCOUNT} (what someone else said or
 *               wrote, e.g. a free text by a caseworker or landlord that may name others)
 * @param note   a sentence for the reviewer
 */
public record ReviewFlag(String path, String reason, String note) {

    public static final String OTHER_PERSON = "OTHER_PERSON";
    public static final String THIRD_PARTY_ACCOUNT = "THIRD_PARTY_ACCOUNT";

    public static ReviewFlag otherPerson(String path) {
        return new ReviewFlag(path, OTHER_PERSON, "Another person's data: review under secrecy before release");
    }

    /** Adds {@link #freeText} for {@code pointer} to {@code flags} when {@code data} holds non-blank text there. */
    public static void freeTextAt(com.fasterxml.jackson.databind.JsonNode data, String pointer, java.util.List<ReviewFlag> flags) {
        com.fasterxml.jackson.databind.JsonNode value = data.at(pointer);
        if (value.isTextual() && !value.asText().isBlank()) {
            flags.add(freeText(pointer));
        }
    }

    public static ReviewFlag freeText(String path) {
        return new ReviewFlag(path, THIRD_PARTY_ACCOUNT,
                "Free text written by someone else: may mention other people; review before release");
    }
}
