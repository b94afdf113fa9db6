package se.bokvar.rules.casework;

import java.util.Objects;

/**
 * One broken rule of the casework.
 *
 * @param field   the request field at fault (JSON name), or {@code kind} for the step as a whole
 * @param message what is wrong and what would make it right; never personal data
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
