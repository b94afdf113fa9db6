package se.bokvar.platform.security;

/** The realm roles of the platform's Keycloak realm (claim {@code groups} in the access token). */
public final class Roles {
    /** A landlord's machine client; carries the {@code landlord_id} claim. */
    public static final String LANDLORD = "landlord";
    /** Kronofogden's integration client. */
    public static final String KRONOFOGDEN = "kronofogden";
    /** A social-services caseworker (handläggare); carries {@code board} and {@code unit_type}. */
    public static final String CASEWORKER = "caseworker";
    /** A supervisor of one board; carries {@code board}. */
    public static final String SUPERVISOR = "supervisor";
    /** Reads the audit trail, nothing else. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
