package se.bokvar.rules.consent;

import java.util.Objects;

/**
 * One rule a consent change breaks.
 *
 * @param field   the request field at fault, as a JSON path ({@code parties[1]}, {@code validUntil}, {@code body})
 * @param message what is wrong; never repeats personal data
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
