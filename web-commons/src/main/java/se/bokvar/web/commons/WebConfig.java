package se.bokvar.web.commons;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings every bokvar web area shares ({@code bokvar.web.*}). */
@ConfigMapping(prefix = "bokvar.web")
public interface WebConfig {

    /** The application's name in the page header, e.g. "bokvar handläggning". */
    @WithDefault("bokvar")
    String appName();

    /**
     * Cookies (the CSRF binding, and what the application sets itself) carry {@code Secure}: true everywhere but a
     * local run over plain http on the loopback address.
     */
    @WithDefault("true")
    boolean secureCookies();

    /**
     * The key the CSRF tokens are signed with (base64, at least 32 bytes), the same on every replica. Without one a
     * random key is made at start: fine for one process, but forms opened before a restart are then refused.
     */
    Optional<String> csrfKey();

    /**
     * Origins (scheme://host:port) from which forms may be sent, besides the application's own (derived from the
     * request). Behind a reverse proxy: the public origin.
     */
    Optional<List<String>> allowedOrigins();

    /**
     * Where forms may lead besides the application itself (CSP form-action): the identity provider, which the
     * sign-out form redirects to. URLs; only their origins are used.
     */
    Optional<List<String>> formActionOrigins();

    /**
     * Where users report shortcomings in accessibility (the accessibility statement, lag 2018:1937 om tillgänglighet
     * till digital offentlig service): an e-mail address the responsible organisation reads.
     */
    @WithDefault("tillganglighet@bokvar.example")
    String accessibilityContact();
}
