package se.bokvar.web.commons.csrf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Synchronizer tokens against cross-site request forgery, without server-side state.
 *
 * <p>Each browser gets a random <b>binding</b> (32 bytes) in an HttpOnly, SameSite cookie. Every form carries the
 * token {@code HMAC-SHA256(key, binding + subject)}, where the subject is the signed-in user (empty before sign-in).
 * A forged request from another site cannot read the cookie or the page, so it cannot know the token; an attacker
 * who plants their own binding cookie (cookie tossing) still cannot produce a token for the victim's subject without
 * the server's key. Tokens are compared in constant time.
 */
public final class CsrfTokens {

    private static final String HMAC = "HmacSHA256";
    private static final int BINDING_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key at least 32 bytes of secret; the same on every replica of an application */
    public CsrfTokens(byte[] key) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.length < 32) {
            throw new IllegalArgumentException("the CSRF key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    /** A new random key (one process; tokens do not survive a restart or work across replicas). */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A fresh binding for a browser's cookie. */
    public String newBinding() {
        byte[] bytes = new byte[BINDING_BYTES];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** Whether {@code binding} looks like one this class made (a cookie may have been tampered with). */
    public static boolean isWellFormed(String binding) {
        if (binding == null || binding.length() != 43) {
            return false;
        }
        try {
            return B64D.decode(binding).length == BINDING_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The token a form carries for this browser's binding and the signed-in subject (empty: nobody signed in). */
    public String token(String binding, String subject) {
        if (!isWellFormed(binding)) {
            throw new IllegalArgumentException("not a CSRF binding");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(binding.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            mac.update((subject == null ? "" : subject).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code submitted} is the token for this binding and subject. False for anything missing or malformed. */
    public boolean matches(String binding, String subject, String submitted) {
        if (submitted == null || submitted.isEmpty() || !isWellFormed(binding)) {
            return false;
        }
        byte[] expected = token(binding, subject).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, submitted.getBytes(StandardCharsets.UTF_8));
    }
}
