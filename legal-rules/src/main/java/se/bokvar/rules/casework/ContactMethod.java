package se.bokvar.rules.casework;

/**
 * How a caseworker tried to reach the tenant (handbook ch. 6 step 6): "med personlig kontakt avses att ringa,
 * skicka sms, boka tid för samtal eller göra hembesök, däremot inte att rutinmässigt skicka ett informationsbrev".
 */
public enum ContactMethod {
    PHONE(true),
    SMS(true),
    BOOKED_MEETING(true),
    ANNOUNCED_HOME_VISIT(true),
    /** Only after several failed attempts, an assessment, and only to inform and offer support (handbook 5.3). */
    UNANNOUNCED_HOME_VISIT(true),
    /** An attempt, never personal contact. */
    LETTER(false);

    private final boolean personal;

    ContactMethod(boolean personal) {
        this.personal = personal;
    }

    /** Whether an attempt by this method that reached the tenant is personal contact. A letter never is. */
    public boolean countsAsPersonalContact(boolean reached) {
        return personal && reached;
    }
}
