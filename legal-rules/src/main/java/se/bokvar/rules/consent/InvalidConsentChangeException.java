package se.bokvar.rules.consent;

import java.util.List;

/** A change or withdrawal breaks the rules; {@link #violations()} says where. Nothing may be recorded. */
public final class InvalidConsentChangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidConsentChangeException(List<Violation> violations) {
        super(violations.size() == 1 ? "1 rule is broken" : violations.size() + " rules are broken");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
