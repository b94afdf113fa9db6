package se.bokvar.contracts.v1;

/** A contact person at the sender (the landlord's administrator, the Kronofogden officer). */
public record ContactV1(String name, String phone, String email) {
}
