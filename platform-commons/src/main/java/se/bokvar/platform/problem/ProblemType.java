package se.bokvar.platform.problem;

import java.net.URI;

/**
 * The kinds of problem the platform reports, each with a stable {@code type} URI. The URIs identify the kind;
 * they are documented in docs/problems.md and need not resolve.
 */
public enum ProblemType {
    VALIDATION("validation", "The request is invalid", 400),
    MALFORMED_JSON("malformed-json", "The request body is not valid JSON for this endpoint", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHENTICATED("unauthenticated", "A valid access token is required", 401),
    FORBIDDEN("forbidden", "Your role may not do this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was already used with another request body", 409),
    INVALID_TRANSITION("invalid-transition", "The case is not in a state that allows this", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported content type", 415),
    TOO_MANY_NOTICES_FOR_HOUSEHOLD("too-many-notices-for-household",
            "Too many new notices for one household from this sender; send the rest later", 429),
    CONSENT_REQUIRED("consent-required", "No valid consent covers this disclosure", 403),
    DEPENDENCY_UNAVAILABLE("dependency-unavailable", "A service this request depends on did not answer", 503),
    INTERNAL("internal", "Internal error", 500);

    private static final String BASE = "https://bokvar.se/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
