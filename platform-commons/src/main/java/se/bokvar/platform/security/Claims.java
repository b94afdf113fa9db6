package se.bokvar.platform.security;

/** The custom claims of the platform's access tokens. */
public final class Claims {
    /** On landlord clients: which landlord the client speaks for. */
    public static final String LANDLORD_ID = "landlord_id";
    /** On caseworkers and supervisors: the social-services board (socialnämnd), e.g. {@code nordost}. */
    public static final String BOARD = "board";
    /** On caseworkers and supervisors: {@code adult} (vuxenenheten) or {@code children} (barn och unga). */
    public static final String UNIT_TYPE = "unit_type";
    /** The caseworker's display name, shown to Kronofogden and the tenant as the responsible caseworker. */
    public static final String NAME = "name";

    private Claims() {
    }
}
