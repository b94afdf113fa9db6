package se.bokvar.web.caseworker.app;

import java.util.List;

/** What the desk's own forms refuse before anything reaches case-service. */
final class Forms {

    private Forms() {
    }

    /** The form itself is incomplete: refused before anything reaches case-service. */
    static Refusal invalid(String reason) {
        return new Refusal("Uppgifterna behöver kompletteras", List.of(reason), null, "desk:validation");
    }

    /** {@code value} stripped, or null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
