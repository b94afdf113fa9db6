package se.bokvar.rules.casework;

import java.util.Objects;
import java.util.Optional;

/**
 * The steps that tell a party something about the person, and so need consent (OSL 12 kap. 2 §; handbook 5.4):
 * the party kind, purpose and category to ask consent-service about (the vocabulary of
 * docs/consent-decision-api.md).
 */
public enum Disclosure {
    /** Telling the landlord about planned support (handbook ch. 6 step 8). */
    INFORM_PLANNED_SUPPORT("LANDLORD", "INFORM_PLANNED_SUPPORT", "PLANNED_SUPPORT"),
    /** The written payment commitment to the landlord. */
    PAYMENT_COMMITMENT("LANDLORD", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT"),
    /** Contacting another administration reveals that social services are involved (ch. 6 step 3). */
    CONTACT_ADMINISTRATION("OTHER_ADMINISTRATION", "CONTACT_ADMINISTRATION", "CASE_STATUS"),
    /** Follow-up contact after an averted eviction (ch. 6 step 9); the party is named per step. */
    FOLLOW_UP(null, "FOLLOW_UP", "CASE_STATUS"),
    /** Contacting a landlord on a matter it did not report (every landlord contact on a notice from another source). */
    CONTACT_LANDLORD("LANDLORD", "CONTACT_LANDLORD", "CASE_STATUS"),
    /**
     * A postponement request to Kronofogden (handbook ch. 7) on social grounds: it tells another authority about the
     * household's situation (OSL 26 kap. 1 §), so it needs the person's consent like any other disclosure.
     */
    REQUEST_POSTPONEMENT("KRONOFOGDEN", "REQUEST_POSTPONEMENT", "HOUSEHOLD_SITUATION"),
    /** A postponement request on the grounds of illness: it tells Kronofogden about someone's health. */
    REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS("KRONOFOGDEN", "REQUEST_POSTPONEMENT", "HEALTH");

    private final String partyKind;
    private final String purpose;
    private final String category;

    Disclosure(String partyKind, String purpose, String category) {
        this.partyKind = partyKind;
        this.purpose = purpose;
        this.category = category;
    }

    /** The party kind, or empty when the step names it (follow-up). */
    public Optional<String> partyKind() {
        return Optional.ofNullable(partyKind);
    }

    public String purpose() {
        return purpose;
    }

    public String category() {
        return category;
    }

    /**
     * The disclosure a postponement request makes: {@link #REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS} on the grounds of
     * illness, {@link #REQUEST_POSTPONEMENT} on every other ground (the household's situation). Only the acknowledgement
     * of an eviction notice and the tenant's copy go to Kronofogden and the tenant on their statutory ground; a
     * request for postponement is social services' own initiative and is never assumed to be covered.
     */
    public static Disclosure forPostponement(PostponementGrounds grounds) {
        Objects.requireNonNull(grounds, "grounds must not be null");
        return grounds == PostponementGrounds.ILLNESS ? REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS : REQUEST_POSTPONEMENT;
    }

    /** What a landlord contact is about. */
    public enum LandlordContact {
        /** Asking questions (is the debt settled, who lives there): tells nothing. */
        ASK_QUESTIONS,
        /** Telling the landlord about planned or possible support. */
        DISCLOSE_PLANNED_SUPPORT
    }

    /**
     * The consent a landlord contact needs (handbook 5.4.1.1, ch. 6 step 5): none when asking the landlord that
     * itself reported a notice on this case; {@link #CONTACT_LANDLORD} when asking a landlord that did not (also every
     * contact on a notice from another source); {@link #INFORM_PLANNED_SUPPORT} whenever something is told.
     *
     * @param contact                 what the contact is about
     * @param landlordReportedThisCase whether this landlord sent a notice on this case
     */
    public static Optional<Disclosure> forLandlordContact(LandlordContact contact, boolean landlordReportedThisCase) {
        Objects.requireNonNull(contact, "contact must not be null");
        if (contact == LandlordContact.DISCLOSE_PLANNED_SUPPORT) {
            return Optional.of(INFORM_PLANNED_SUPPORT);
        }
        return landlordReportedThisCase ? Optional.empty() : Optional.of(CONTACT_LANDLORD);
    }
}
