package se.bokvar.web.commons.csrf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The second CSRF defence (OWASP: verifying origin with standard headers): an unsafe request must come from a page
 * of the application itself. Its {@code Origin} header, or when a browser sent none its {@code Referer}, must name
 * one of the allowed origins ({@code scheme://host[:port]}). A request with neither is refused: every current
 * browser sends {@code Origin} with a form POST.
 */
public final class OriginCheck {

    private OriginCheck() {
    }

    /** Whether a request with these headers may change something. */
    public static boolean allowed(String originHeader, String refererHeader, Set<String> allowedOrigins) {
        if (originHeader != null && !originHeader.isBlank()) {
            if ("null".equals(originHeader.trim())) {
                return false;
            }
            return origin(originHeader.trim()).map(allowedOrigins::contains).orElse(false);
        }
        if (refererHeader != null && !refererHeader.isBlank()) {
            return origin(refererHeader.trim()).map(allowedOrigins::contains).orElse(false);
        }
        return false;
    }

    /** {@code scheme://host[:port]} of a URL, lower case, the default port left out; empty for anything else. */
    public static java.util.Optional<String> origin(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return java.util.Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return java.util.Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return java.util.Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
