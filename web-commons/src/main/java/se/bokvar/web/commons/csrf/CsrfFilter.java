package se.bokvar.web.commons.csrf;

import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import se.bokvar.web.commons.WebConfig;
import se.bokvar.web.commons.error.ErrorPages;

/**
 * CSRF protection on every REST request of the application: a safe request (GET, HEAD, OPTIONS) gets the browser's
 * binding cookie if it has none; an unsafe one (POST, PUT, PATCH, DELETE) must come from the application's own
 * origin ({@link OriginCheck}) and carry the form field {@value Csrf#FIELD} with the token for the browser's binding
 * and the signed-in user ({@link CsrfTokens}). Anything else is refused with the 403 page before the resource runs.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    @Inject
    WebConfig config;

    @Inject
    ErrorPages errorPages;

    @Inject
    SecurityIdentity identity;

    @WithFormRead
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 10)
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod())) {
            ensureBinding(routing, csrf);
            return null;
        }
        if (!OriginCheck.allowed(request.getHeaderString("Origin"), request.getHeaderString("Referer"),
                allowedOrigins(routing))) {
            LOG.warnf("CSRF: %s %s refused: not from the application's origin", request.getMethod(),
                    routing.request().path());
            return refuse();
        }
        String binding = binding(routing);
        ResteasyReactiveRequestContext rr = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object submitted = rr.getFormParameter(Csrf.FIELD, true, false);
        if (binding == null || !(submitted instanceof String token) || !csrf.tokens().matches(binding, subject(identity), token)) {
            LOG.warnf("CSRF: %s %s refused: %s", request.getMethod(), routing.request().path(),
                    binding == null ? "no binding cookie" : submitted == null ? "no token in the form" : "wrong token");
            return refuse();
        }
        return null;
    }

    private Response refuse() {
        return errorPages.page(Response.Status.FORBIDDEN, "Formuläret kunde inte skickas",
                "Av säkerhetsskäl tog vi inte emot formuläret: det kom inte från en sida i den här tjänsten, eller sidan"
                        + " var för gammal. Ingenting har ändrats. Gå tillbaka, ladda om sidan och försök igen.");
    }

    private Set<String> allowedOrigins(RoutingContext routing) {
        Set<String> origins = new HashSet<>();
        String host = routing.request().getHeader("Host");
        if (host != null) {
            origins.add(routing.request().scheme() + "://" + host.toLowerCase(java.util.Locale.ROOT));
            OriginCheck.origin(routing.request().scheme() + "://" + host).ifPresent(origins::add);
        }
        config.allowedOrigins().ifPresent(list -> list.forEach(o -> OriginCheck.origin(o).ifPresent(origins::add)));
        return origins;
    }

    /** The browser's binding: the cookie, or the one made during this request; null when none. */
    static String binding(RoutingContext routing) {
        String made = routing.get(Csrf.NEW_BINDING);
        if (made != null) {
            return made;
        }
        Cookie cookie = routing.request().getCookie(Csrf.COOKIE);
        return cookie != null && CsrfTokens.isWellFormed(cookie.getValue()) ? cookie.getValue() : null;
    }

    /** The binding, made and set as a cookie if the browser has none. */
    static String ensureBinding(RoutingContext routing, Csrf csrf) {
        String binding = binding(routing);
        if (binding != null) {
            return binding;
        }
        binding = csrf.tokens().newBinding();
        routing.put(Csrf.NEW_BINDING, binding);
        Cookie cookie = Cookie.cookie(Csrf.COOKIE, binding).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(csrf.secureCookies());
        routing.response().addCookie(cookie);
        return binding;
    }

    static String subject(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
