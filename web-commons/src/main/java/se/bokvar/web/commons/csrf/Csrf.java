package se.bokvar.web.commons.csrf;

import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import se.bokvar.web.commons.WebConfig;

/** The application's {@link CsrfTokens} with the configured key (or a random one), and the names it uses. */
@ApplicationScoped
public class Csrf {

    /** The hidden form field every form carries. */
    public static final String FIELD = "_csrf";
    /** The cookie holding the browser's binding (HttpOnly, SameSite=Strict). */
    public static final String COOKIE = "bokvar-csrf";
    /** Routing-context key of the binding made for a browser that had none yet. */
    static final String NEW_BINDING = "bokvar.csrf.new-binding";

    private static final Logger LOG = Logger.getLogger(Csrf.class);

    private final CsrfTokens tokens;
    private final boolean secureCookies;

    public Csrf(WebConfig config) {
        byte[] key = config.csrfKey().map(k -> Base64.getDecoder().decode(k.trim())).orElse(null);
        if (key == null) {
            LOG.info("bokvar.web.csrf-key is not set: CSRF tokens are signed with a random key of this process");
            key = CsrfTokens.randomKey();
        }
        this.tokens = new CsrfTokens(key);
        this.secureCookies = config.secureCookies();
    }

    /** Whether the binding cookie is {@code Secure}. */
    public boolean secureCookies() {
        return secureCookies;
    }

    public CsrfTokens tokens() {
        return tokens;
    }
}
