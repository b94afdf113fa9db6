package se.bokvar.contracts.v1;

import java.util.List;

/**
 * What a consent covers: which parties may be contacted or told, for which purposes, which categories of
 * information.
 *
 * @param parties    e.g. {"kind":"LANDLORD","id":"hemma-bostader"}, {"kind":"OTHER_ADMINISTRATION","id":"elderly-care"}
 * @param purposes   e.g. INFORM_PLANNED_SUPPORT, PAYMENT_COMMITMENT, CONTACT_ADMINISTRATION, FOLLOW_UP (docs/consent-decision-api.md)
 * @param categories e.g. PLANNED_SUPPORT, PAYMENT_COMMITMENT, CONTACT_DETAILS, CASE_STATUS
 */
public record ConsentScopeV1(List<PartyV1> parties, List<String> purposes, List<String> categories) {

    /** A party that may be contacted or told; {@code name} is always null in events (it may name a person). */
    public record PartyV1(String kind, String id, String name) {
    }
}
