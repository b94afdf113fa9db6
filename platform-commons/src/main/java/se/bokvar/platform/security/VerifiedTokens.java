package se.bokvar.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once, not on every request: a landlord system or a caseworker's client sends the same
 * access token hundreds of times in its lifetime, and checking its RSA signature each time was 13 % of the intake's
 * CPU (docs/benchmarks.md).
 * <p>
 * The first request with a token goes through Quarkus OIDC as before: signature against the realm's keys, expiry,
 * issuer, audience and every other configured check. When that succeeds, the identity it built is remembered under
 * the SHA-256 of the token's exact text until the token expires (never longer, and never past {@code max-age}).
 * A later request with the very same token gets that identity back, after one more check of the expiry; any other
 * token — a different one, a changed one, an expired one — is not found and goes to OIDC as before. A token OIDC
 * refused is never remembered. Identities from the code flow (the desk's sign-in) are not remembered: their session
 * cookie is verified by the OIDC code flow itself.
 * <p>
 * Per-request attributes of the identity (the routing context, the request context) are those of the current
 * request. The cache is bounded: past {@code max-entries} expired entries are dropped, and if that is not enough,
 * all of them. Counted as {@code bokvar_token_verifications_total{result="cached"|"verified"}}; no label names a
 * caller.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    /** A token's expiry is a fact of real time, whatever clock the service's business rules run on (tests fix it). */
    private static final Clock REAL_TIME = Clock.systemUTC();

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final long maxAgeSeconds;
    private final int maxEntries;
    private final Counter cached;
    private final Counter verified;

    @Inject
    public VerifiedTokens(MeterRegistry registry,
            @ConfigProperty(name = "bokvar.security.token-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "bokvar.security.token-cache.max-age-seconds", defaultValue = "300") long maxAgeSeconds,
            @ConfigProperty(name = "bokvar.security.token-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this.enabled = enabled;
        this.maxAgeSeconds = maxAgeSeconds;
        this.maxEntries = maxEntries;
        this.cached = Counter.builder("bokvar.token.verifications").tag("result", "cached")
                .description("Bearer tokens accepted from the cache of verified tokens").register(registry);
        this.verified = Counter.builder("bokvar.token.verifications").tag("result", "verified")
                .description("Bearer tokens verified by OIDC and remembered until they expire").register(registry);
    }

    /** The identity of a bearer token verified before and not yet expired; a null item hands the request to OIDC. */
    Uni<SecurityIdentity> lookUp(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem();
        }
        String key = keyOf(token.getToken());
        Entry entry = cache.get(key);
        if (entry == null) {
            return Uni.createFrom().nullItem();
        }
        if (REAL_TIME.instant().getEpochSecond() >= entry.expiresAtEpochSecond()) {
            cache.remove(key, entry);
            return Uni.createFrom().nullItem();
        }
        cached.increment();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return Uni.createFrom().item(identity.build());
    }

    /** Remembers an identity OIDC has just built from a bearer token, until the token expires. */
    Uni<SecurityIdentity> remember(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null) {
            return Uni.createFrom().item(identity);
        }
        long now = REAL_TIME.instant().getEpochSecond();
        long expires = Math.min(jwt.getExpirationTime(), now + maxAgeSeconds);
        String key = keyOf(token.getToken());
        if (expires > now && !cache.containsKey(key)) {
            if (cache.size() >= maxEntries) {
                cache.values().removeIf(e -> e.expiresAtEpochSecond() <= now);
                if (cache.size() >= maxEntries) {
                    cache.clear();
                }
            }
            cache.put(key, new Entry(identity, expires));
            verified.increment();
        }
        return Uni.createFrom().item(identity);
    }

    /** Before OIDC's own provider: answers only for a token verified before. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        @Inject
        public Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        /** Above every provider at the default priority (SYSTEM_FIRST + 1, OIDC's among them). */
        @Override
        public int priority() {
            return SYSTEM_FIRST + 100;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return tokens.lookUp(request, context);
        }
    }

    /** The first augmentor: sees the identity as OIDC built it. */
    @ApplicationScoped
    public static class Remembering implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        @Inject
        public Remembering(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            return tokens.remember(identity);
        }
    }

    static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
