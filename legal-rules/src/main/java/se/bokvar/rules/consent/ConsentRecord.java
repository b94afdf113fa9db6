package se.bokvar.rules.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A consent record of one person on one case, with every version. The versions are sorted by number on
 * construction and must be 1, 2, 3, ... without gaps: a hole in the history is an error, never silently skipped.
 *
 * @param consentId the record's id
 * @param ground    consent, or the other legal ground the record documents
 * @param versions  every version, in any order
 */
public record ConsentRecord(UUID consentId, LegalGround ground, List<ConsentVersion> versions) {

    public ConsentRecord {
        Objects.requireNonNull(consentId, "consentId must not be null");
        Objects.requireNonNull(ground, "ground must not be null");
        Objects.requireNonNull(versions, "versions must not be null");
        List<ConsentVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(ConsentVersion::version));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a consent record has at least one version");
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1) {
                throw new IllegalArgumentException("versions must be numbered 1.." + sorted.size() + " without gaps");
            }
        }
        versions = List.copyOf(sorted);
    }

    /** The latest version: the one every decision rests on. */
    public ConsentVersion current() {
        return versions.get(versions.size() - 1);
    }
}
