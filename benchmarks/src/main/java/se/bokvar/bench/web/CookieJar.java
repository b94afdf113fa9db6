package se.bokvar.bench.web;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A browser's cookies, as small as the sign-in needs: per origin (host and port, so the desk's cookies and Keycloak's
 * stay apart on one loopback address), by name and path; {@code Max-Age=0} or an {@code Expires} in the past
 * removes one. {@code Secure} is ignored: the local stack serves plain http on 127.0.0.1, where a browser keeps such
 * cookies too. Thread-safe: the desk renews its session cookies on any answer (a token refresh).
 */
final class CookieJar {

    private record Cookie(String name, String value, String path) {
    }

    /** origin → "name path" → cookie */
    private final Map<String, Map<String, Cookie>> byOrigin = new LinkedHashMap<>();

    private static String origin(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    /** The {@code Cookie} header for a request to {@code uri}, or null when there is none. */
    synchronized String header(URI uri) {
        Map<String, Cookie> jar = byOrigin.get(origin(uri));
        if (jar == null || jar.isEmpty()) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> pairs = new ArrayList<>();
        for (Cookie c : jar.values()) {
            if (path.startsWith(c.path()) && (c.path().endsWith("/") || path.length() == c.path().length()
                    || path.charAt(c.path().length()) == '/')) {
                pairs.add(c.name() + "=" + c.value());
            }
        }
        return pairs.isEmpty() ? null : String.join("; ", pairs);
    }

    /** Takes the {@code Set-Cookie} headers of an answer from {@code uri}. */
    synchronized void take(URI uri, HttpHeaders headers) {
        for (String setCookie : headers.allValues("set-cookie")) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = "/";
            boolean remove = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String a = parts[i].trim();
                String lower = a.toLowerCase(Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = a.substring(5).trim();
                } else if (lower.startsWith("max-age=")) {
                    try {
                        remove |= Long.parseLong(a.substring(8).trim()) <= 0;
                    } catch (NumberFormatException e) {
                        // ignored, as a browser does
                    }
                } else if (lower.startsWith("expires=")) {
                    remove |= expired(a.substring(8).trim());
                }
            }
            Map<String, Cookie> jar = byOrigin.computeIfAbsent(origin(uri), k -> new LinkedHashMap<>());
            String key = name + " " + path;
            if (remove) {
                jar.remove(key);
            } else {
                jar.put(key, new Cookie(name, value, path));
            }
        }
    }

    /** The names of the cookies kept for {@code uri}'s origin (for messages; never the values). */
    synchronized List<String> names(URI uri) {
        Map<String, Cookie> jar = byOrigin.getOrDefault(origin(uri), Map.of());
        return jar.values().stream().map(Cookie::name).distinct().toList();
    }

    synchronized void clear() {
        byOrigin.clear();
    }

    private static boolean expired(String httpDate) {
        try {
            return java.time.ZonedDateTime.parse(httpDate, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().isBefore(java.time.Instant.now());
        } catch (RuntimeException e) {
            // "Thu, 01-Jan-1970 00:00:10 GMT" and other forms: only the epoch's is common for removal
            return httpDate.contains("1970");
        }
    }
}
