package se.bokvar.testsupport.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import se.bokvar.testsupport.TestTokens;

/**
 * Tokens that must never get a caller in (401), each built from a caller whose valid token is accepted, so that the
 * one flaw is the only reason for the refusal.
 */
public final class BrokenTokens {

    /** The key id of the in-process OIDC server's signing key: a forged token claims to be signed by it. */
    static final String SERVER_KEY_ID = "1";

    private static KeyPair otherKey;

    private BrokenTokens() {
    }

    /** Every kind of broken token for {@code caller}, by name. */
    public static Map<String, String> of(Role caller) {
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", caller.claims().issuedAt(now.minusSeconds(3600)).expiresAt(now.minusSeconds(300)).sign());
        tokens.put("signed with another key", caller.claims().jws().keyId(SERVER_KEY_ID).sign(otherKey().getPrivate()));
        tokens.put("wrong issuer", caller.claims().issuer("https://issuer.example.org/realms/bokvar").sign());
        tokens.put("wrong audience", caller.claims().audience("another-api").sign());
        tokens.put("no audience", caller.claims().remove("aud").sign());
        tokens.put("HS256 with a made-up secret", caller.claims().jws().algorithm(SignatureAlgorithm.HS256)
                .signWithSecret("a-secret-anyone-could-have-chosen-0123456789"));
        tokens.put("alg none", unsigned(caller.token()));
        tokens.put("payload changed after signing", withPayload(caller.token(),
                "{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"sub-mallory\","
                        + "\"preferred_username\":\"mallory\",\"groups\":[\"supervisor\",\"caseworker\",\"auditor\",\"landlord\","
                        + "\"kronofogden\"],\"board\":\"" + Role.BOARD_X + "\",\"unit_type\":\"adult\",\"landlord_id\":\""
                        + Role.LANDLORD_A_ID + "\",\"exp\":" + now.plusSeconds(600).getEpochSecond() + "}"));
        tokens.put("garbage", "not-a-token");
        tokens.put("empty", "");
        return tokens;
    }

    /** The same claims with {@code alg: none} and no signature. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** The original header and signature around another payload. */
    static String withPayload(String token, String payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KeyPair otherKey() {
        if (otherKey == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                otherKey = g.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return otherKey;
    }
}
