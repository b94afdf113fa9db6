package se.bokvar.contracts.v1;

import java.util.List;

/**
 * What a consent covers: which parties may be contacted or told, for which purposes, which categories of
 * information.
 *
 * @param parties    e.g. {"kind":"LANDLORD","id":"hemma-bostader"}, {"kind":"OTHER_ADMINISTRATION","id":"elderly-care"}
 * @param purposes   e.g. PLAN_SUPPORT, PAYMENT_COMMITMENT, FOLLOW_UP, CONTACT
 * @param categories e.g. PLANNED_SUPPORT, PAYMENT_COMMITMENT, CONTACT_DETAILS, CASE_STATUS
 */
public record ConsentScopeV1(List<PartyV1> parties, List<String> purposes, List<String> categories) {

    /** A party that may be contacted or told. */
    public record PartyV1(String kind, String id, String name) {
    }
}
