package se.bokvar.platform.extract;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a register extract.
 *
 * @param kind   what it is, e.g. {@code NOTICE}, {@code CASE}, {@code CONSENT} (docs/register-extract.md lists them)
 * @param id     its id in the service
 * @param at     when it was recorded (or received)
 * @param data   the record as the service holds it (JSON)
 * @param review the parts of {@code data} that need a secrecy review before release (JSON pointers into data)
 */
public record ExtractRecord(String kind, String id, Instant at, JsonNode data, List<ReviewFlag> review) {

    public ExtractRecord {
        review = List.copyOf(review);
    }

    /** This record with {@code more} flags after its own. */
    public ExtractRecord withFlags(List<ReviewFlag> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ReviewFlag> all = new java.util.ArrayList<>(review);
        all.addAll(more);
        return new ExtractRecord(kind, id, at, data, all);
    }

    /** A record whose data is flagged wherever it names another person ({@link OtherPeople}). */
    public static ExtractRecord of(String kind, String id, Instant at, JsonNode data, String subjectCanonical) {
        return new ExtractRecord(kind, id, at, data, OtherPeople.flag(data, subjectCanonical));
    }
}
