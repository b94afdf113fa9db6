package se.bokvar.web.commons.headers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bokvar.web.commons.csrf.OriginCheck;

/**
 * The security headers of every response of a bokvar web area. The Content-Security-Policy allows scripts, styles,
 * images and fonts from the application's own origin only (no inline script or style, no eval), no framing
 * (clickjacking), no plugins, and forms only to the application and the identity provider it signs out at.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** The Content-Security-Policy, with {@code formActionUrls} (their origins) allowed as form targets. */
    public static String contentSecurityPolicy(List<String> formActionUrls) {
        StringBuilder formAction = new StringBuilder("'self'");
        for (String url : formActionUrls) {
            OriginCheck.origin(url).ifPresent(o -> formAction.append(' ').append(o));
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action "
                + formAction;
    }

    /** Every header, by name. */
    public static Map<String, String> all(List<String> formActionUrls) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", contentSecurityPolicy(formActionUrls));
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        return h;
    }
}
