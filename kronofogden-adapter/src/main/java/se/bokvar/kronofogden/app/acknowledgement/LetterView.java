package se.bokvar.kronofogden.app.acknowledgement;

/**
 * What the tenant's letter shows, every value already formatted as text (the template escapes them all).
 *
 * @param updated            true for the letter after a reassignment (a new responsible caseworker)
 * @param reference          social services' reference for the case
 * @param dwelling           the address of the dwelling the eviction concerns, on one line
 * @param evictionDay        e.g. "torsdag 3 december 2026"
 * @param evictionTime       e.g. "09.00"
 * @param acknowledgedOn     the day social services acknowledged (named the caseworker), e.g. "22 november 2026"
 */
public record LetterView(String subject, boolean updated, String senderName, String unit, String letterDate,
        String reference, String kfmCaseNumber, Recipient recipient, String dwelling, String evictionDay,
        String evictionTime, String acknowledgedOn, Caseworker caseworker, KfmContact kfmContact) {

    /** The addressee. */
    public record Recipient(String name, String street, String postalCode, String city) {
    }

    /** The responsible caseworker; phone and email may be null. */
    public record Caseworker(String name, String unit, String phone, String email) {
    }

    /** Kronofogden's officer; null when unknown. */
    public record KfmContact(String name, String phone, String email) {
    }
}
