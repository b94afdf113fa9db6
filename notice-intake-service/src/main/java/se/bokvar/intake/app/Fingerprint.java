package se.bokvar.intake.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.rules.notice.NoticeKind;

/** SHA-256 of what a request asks for: a scope (endpoint or notice kind) and its parsed body. */
final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The scope of a new notice of {@code kind}: its endpoint, {@code POST /api/v1/notices/termination-unpaid-rent}
     * and so on (stored fingerprints depend on it).
     */
    static String newNoticeScope(NoticeKind kind) {
        return "POST /api/v1/notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String of(ObjectMapper mapper, String scope, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
