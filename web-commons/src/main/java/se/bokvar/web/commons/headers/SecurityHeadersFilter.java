package se.bokvar.web.commons.headers;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import se.bokvar.web.commons.WebConfig;

/**
 * Puts {@link SecurityHeaders} on every HTTP response of the application (pages, static files, redirects to the
 * identity provider, error pages), and {@code Cache-Control: no-store} on everything but the static files: pages
 * carry personal data that must not stay in a shared computer's cache.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    private final Map<String, String> headers;

    public SecurityHeadersFilter(WebConfig config) {
        this.headers = SecurityHeaders.all(config.formActionOrigins().orElse(List.of()));
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            var response = rc.response().headers();
            headers.forEach(response::set);
            String path = rc.request().path();
            if (path == null || !path.startsWith("/static/")) {
                response.set("Cache-Control", "no-store");
            }
            rc.next();
        }, 1000);
    }
}
