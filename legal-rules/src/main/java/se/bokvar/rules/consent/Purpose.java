package se.bokvar.rules.consent;

/** Why social services contact or tell a party. */
public enum Purpose {
    /** Tell the landlord about the support social services plan (handbook 5.4, 6 step 8). */
    INFORM_PLANNED_SUPPORT,
    /** Send the landlord the written commitment to pay the debt within the recovery period (JB 12:44). */
    PAYMENT_COMMITMENT,
    /** Contact another administration, e.g. to apply for its support together with the person (handbook 5.4.1). */
    CONTACT_ADMINISTRATION,
    /** Follow up after an averted eviction (handbook 6 step 9: only with consent). */
    FOLLOW_UP,
    /** Contact a landlord about a matter the landlord did not report (handbook 5.4.1.1). */
    CONTACT_LANDLORD,
    /**
     * Ask Kronofogden to postpone an eviction (anstånd med verkställighet, handbook ch. 7): the request tells
     * Kronofogden about the household's situation, and on the grounds of illness about someone's health.
     */
    REQUEST_POSTPONEMENT,
    /** Another purpose, described in the consent record. */
    OTHER
}
