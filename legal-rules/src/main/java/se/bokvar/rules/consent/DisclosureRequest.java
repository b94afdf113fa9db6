package se.bokvar.rules.consent;

import java.util.Objects;

/** "Disclose {@code category} to {@code party} for {@code purpose}": what a caseworker is about to do. */
public record DisclosureRequest(Party party, Purpose purpose, Category category) {

    public DisclosureRequest {
        Objects.requireNonNull(party, "party must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Objects.requireNonNull(category, "category must not be null");
    }

    /** {@code LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT}. */
    @Override
    public String toString() {
        return party + " for " + purpose + " / " + category;
    }
}
