package se.bokvar.kronofogden.store;

/** What an outbound delivery carries, and so where it goes. */
public enum DeliveryKind {
    /** The same-day acknowledgement to Kronofogden naming the responsible caseworker (bekräftelse). */
    ACKNOWLEDGEMENT,
    /** The copy of the acknowledgement to a tenant, through the letter channel. */
    TENANT_LETTER,
    /** A request to Kronofogden for postponement (anstånd). */
    POSTPONEMENT_REQUEST
}
