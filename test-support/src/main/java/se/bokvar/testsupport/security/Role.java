package se.bokvar.testsupport.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import se.bokvar.testsupport.TestTokens;

/**
 * The callers of the security suite: one column of every service's authorization matrix each. Together they are
 * every kind of caller the platform knows, and for each scoped role one caller inside and one outside the scope:
 * two landlords ({@value #LANDLORD_A} owns the fixtures, {@value #LANDLORD_B} does not), two boards ({@value #BOARD_X}
 * owns the fixtures, {@value #BOARD_Y} does not), and the children-and-youth unit of board X (who reaches a case only
 * when children are affected).
 */
public enum Role {

    /** No Authorization header at all. */
    NONE("none", null, Set.of(), Map.of()),
    LANDLORD_A("landlord-a", "service-account-" + Role.LANDLORD_A_ID, Set.of("landlord"), Map.of("landlord_id", Role.LANDLORD_A_ID)),
    LANDLORD_B("landlord-b", "service-account-" + Role.LANDLORD_B_ID, Set.of("landlord"), Map.of("landlord_id", Role.LANDLORD_B_ID)),
    KRONOFOGDEN("kronofogden", "service-account-kronofogden", Set.of("kronofogden"), Map.of()),
    /** Anna: caseworker of the adult unit of board X. */
    CASEWORKER_X("caseworker-x", "anna", Set.of("caseworker"),
            Map.of("board", Role.BOARD_X, "unit_type", "adult", "name", "Anna Handläggare")),
    /** Bengt: caseworker of the adult unit of board Y. */
    CASEWORKER_Y("caseworker-y", "bengt", Set.of("caseworker"),
            Map.of("board", Role.BOARD_Y, "unit_type", "adult", "name", "Bengt Handläggare")),
    /** Cecilia: caseworker of the children-and-youth unit of board X. */
    CHILDREN_CASEWORKER_X("children-caseworker-x", "cecilia", Set.of("caseworker"),
            Map.of("board", Role.BOARD_X, "unit_type", "children", "name", "Cecilia Handläggare")),
    /** Sara: supervisor of board X. */
    SUPERVISOR_X("supervisor-x", "sara", Set.of("supervisor"),
            Map.of("board", Role.BOARD_X, "unit_type", "adult", "name", "Sara Chef")),
    /** Olof: auditor (reads the audit trail, nothing else). */
    AUDITOR("auditor", "olof", Set.of("auditor"), Map.of());

    public static final String LANDLORD_A_ID = "hemma-bostader";
    public static final String LANDLORD_B_ID = "alvstaden-fastigheter";
    public static final String BOARD_X = "nordost";
    public static final String BOARD_Y = "hisingen";

    private final String column;
    private final String username;
    private final Set<String> roles;
    private final Map<String, String> claims;
    private String token;
    private long tokenMadeAt;

    Role(String column, String username, Set<String> roles, Map<String, String> claims) {
        this.column = column;
        this.username = username;
        this.roles = roles;
        this.claims = claims;
    }

    /** The column name in the authorization matrix. */
    public String column() {
        return column;
    }

    /** The username (preferred_username) of the caller, or null for {@link #NONE}. */
    public String username() {
        return username;
    }

    /** A valid access token of this caller (signed by the in-process OIDC server's key), or null for {@link #NONE}. */
    public synchronized String token() {
        if (this == NONE) {
            return null;
        }
        // tokens live 10 minutes: make a new one well before that
        if (token == null || System.currentTimeMillis() - tokenMadeAt > 300_000) {
            token = claims().sign();
            tokenMadeAt = System.currentTimeMillis();
        }
        return token;
    }

    /** This caller's claims, preset like {@link TestTokens}, for building broken tokens. */
    public JwtClaimsBuilder claims() {
        if (this == NONE) {
            throw new IllegalStateException("the caller without a token has no claims");
        }
        return TestTokens.builder(username, roles, claims);
    }

    public static Role ofColumn(String column) {
        return Arrays.stream(values()).filter(r -> r.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role column '" + column + "'; known: "
                        + Arrays.stream(values()).map(Role::column).toList()));
    }
}
