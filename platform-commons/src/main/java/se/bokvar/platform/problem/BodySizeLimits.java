package se.bokvar.platform.problem;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Request body limits that answer like every other error: {@code 413} with an RFC 9457 problem document, instead
 * of the framework's bare 413. Runs on the Vert.x router before Quarkus' own check (which stays as the backstop):
 * <ul>
 * <li>{@code quarkus.http.limits.max-body-size} is the ceiling for the whole service;</li>
 * <li>{@code bokvar.http.max-body-size} (optional) is the limit of every endpoint, below the ceiling;</li>
 * <li>{@code bokvar.http.max-body-size-by-path} (optional, a list of {@code /exact/path:SIZE}) gives single endpoints
 * another limit, up to the ceiling (e.g. a batch endpoint).</li>
 * </ul>
 * A request that declares a larger {@code Content-Length} is refused without keeping its body: up to
 * {@code bokvar.http.max-drain-size} (default 16 MiB, never below the ceiling) the body is read and discarded and the
 * 413 goes out on the intact connection, because many clients write the whole body before they read and would
 * otherwise see a broken pipe instead of the answer; a larger declared body gets the 413 at once and the connection
 * is closed (as a web server's lingering close gives up). A chunked request has no length up front: its limit is
 * handed to Quarkus' body reader, which stops reading at it.
 */
@Singleton
@io.quarkus.arc.properties.UnlessBuildProperty(name = "bokvar.http.problem-details", stringValue = "false",
        enableIfMissing = true)
public class BodySizeLimits {

    /** The context key Quarkus' body reader uses for a chunked request's limit. */
    static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";
    private static final String OWN_LIMIT_KEY = "bokvar.max-request-size";

    private final long ceiling;
    private final long drainLimit;
    private final long defaultLimit;
    private final Map<String, Long> byPath;
    private final ObjectMapper mapper;

    @Inject
    public BodySizeLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> ceiling,
            @ConfigProperty(name = "bokvar.http.max-body-size") Optional<MemorySize> defaultLimit,
            @ConfigProperty(name = "bokvar.http.max-body-size-by-path") Optional<List<String>> byPath,
            @ConfigProperty(name = "bokvar.http.max-drain-size") Optional<MemorySize> drainLimit,
            ObjectMapper mapper) {
        this.ceiling = ceiling.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.drainLimit = Math.max(this.ceiling, drainLimit.map(MemorySize::asLongValue).orElse(16L * 1024 * 1024));
        this.defaultLimit = Math.min(this.ceiling, defaultLimit.map(MemorySize::asLongValue).orElse(this.ceiling));
        this.byPath = parse(byPath.orElse(List.of()), this.ceiling);
        this.mapper = mapper;
    }

    static Map<String, Long> parse(List<String> entries, long ceiling) {
        Map<String, Long> limits = new HashMap<>();
        MemorySizeConverter converter = new MemorySizeConverter();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || !entry.startsWith("/")) {
                throw new IllegalArgumentException("bokvar.http.max-body-size-by-path: expected /path:SIZE, got " + entry);
            }
            long size = converter.convert(entry.substring(colon + 1).trim()).asLongValue();
            limits.put(entry.substring(0, colon).trim(), Math.min(size, ceiling));
        }
        return Map.copyOf(limits);
    }

    /** The limit for a request path. */
    public long limitFor(String path) {
        if (path == null) {
            return defaultLimit;
        }
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return byPath.getOrDefault(p, defaultLimit);
    }

    void install(@Observes Router router) {
        // before Quarkus' own check (order -2), so an over-large declared body gets a problem document
        router.route().order(-3).handler(this::checkDeclaredLength);
        // after it, so the chunked limit is ours, not the service-wide ceiling
        router.route().order(-1).handler(ctx -> {
            Long own = ctx.get(OWN_LIMIT_KEY);
            if (own != null) {
                ctx.put(QUARKUS_LIMIT_KEY, own);
            }
            ctx.next();
        });
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        long limit = limitFor(ctx.normalizedPath());
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                respond(ctx, 400, Problem.of(ProblemType.BAD_REQUEST, "The Content-Length header is not a number."));
                return;
            }
            if (length > limit) {
                Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body has " + length
                        + " bytes; this endpoint accepts at most " + limit + " bytes.");
                if (length <= drainLimit && !"100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.EXPECT))) {
                    // up to the drain limit: read and discard the body, then answer on an intact connection.
                    // Clients that write the whole body before reading (java.net.http, many HTTP libraries) would
                    // otherwise see a broken pipe instead of the 413.
                    ctx.request().handler(chunk -> { });
                    ctx.request().exceptionHandler(e -> ctx.request().connection().close());
                    ctx.request().endHandler(v -> answer(ctx, 413, problem, false));
                    ctx.request().resume();
                } else {
                    respond(ctx, 413, problem);
                }
                return;
            }
        } else if (limit < ceiling) {
            ctx.put(OWN_LIMIT_KEY, limit);
        }
        ctx.next();
    }

    private void respond(RoutingContext ctx, int status, Problem problem) {
        answer(ctx, status, problem, true);
    }

    private void answer(RoutingContext ctx, int status, Problem problem, boolean bodyUnread) {
        String body;
        try {
            body = mapper.writeValueAsString(problem.withInstance(URI.create(ctx.normalizedPath())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            body = "{\"status\":" + status + "}";
        }
        if (bodyUnread) {
            // the unread body is still on the connection: close it once the answer is out
            ctx.response().endHandler(v -> ctx.request().connection().close());
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
