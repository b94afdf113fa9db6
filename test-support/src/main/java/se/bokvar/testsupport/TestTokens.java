package se.bokvar.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens with the platform's claim model, signed with the key of Quarkus' in-process OIDC test server
 * ({@code OidcWiremockTestResource}): roles in {@code groups}, audience {@code bokvar-api}, and the claims
 * {@code landlord_id}, {@code board}, {@code unit_type}. The system tests use real Keycloak tokens instead.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "bokvar-api";

    private TestTokens() {
    }

    public static String landlord(String landlordId) {
        return token("service-account-" + landlordId, Set.of("landlord"), Map.of("landlord_id", landlordId));
    }

    public static String kronofogden() {
        return token("service-account-kronofogden", Set.of("kronofogden"), Map.of());
    }

    public static String caseworker(String username, String board, String unitType) {
        return token(username, Set.of("caseworker"), Map.of("board", board, "unit_type", unitType,
                "name", capitalize(username) + " Handläggare"));
    }

    public static String supervisor(String username, String board) {
        return token(username, Set.of("supervisor"), Map.of("board", board, "unit_type", "adult",
                "name", capitalize(username) + " Chef"));
    }

    public static String auditor(String username) {
        return token(username, Set.of("auditor"), Map.of());
    }

    /** A token with any roles and claims. */
    public static String token(String username, Set<String> roles, Map<String, String> claims) {
        return builder(username, roles, claims).sign();
    }

    /** A builder preset with issuer, audience and lifetime, for the security tests' broken tokens. */
    public static JwtClaimsBuilder builder(String username, Set<String> roles, Map<String, String> claims) {
        JwtClaimsBuilder b = Jwt.claims()
                .subject("sub-" + username)
                .preferredUserName(username)
                .groups(roles)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
        claims.forEach(b::claim);
        return b;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
