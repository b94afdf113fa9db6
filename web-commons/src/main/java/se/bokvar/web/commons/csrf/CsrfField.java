package se.bokvar.web.commons.csrf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of the current request, for templates: {@code <input type="hidden" name="{inject:csrf.field}"
 * value="{inject:csrf.token}">} (the base layout's {@code {#csrf/}} tag writes exactly that).
 */
@RequestScoped
@Named("csrf")
public class CsrfField {

    @Inject
    Csrf csrf;

    @Inject
    RoutingContext routing;

    @Inject
    SecurityIdentity identity;

    public String field() {
        return Csrf.FIELD;
    }

    public String token() {
        String binding = CsrfFilter.binding(routing);
        if (binding == null) {
            binding = CsrfFilter.ensureBinding(routing, csrf);
        }
        return csrf.tokens().token(binding, CsrfFilter.subject(identity));
    }
}
