package se.bokvar.testsupport.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;

/**
 * Sends requests to the service under test byte for byte as given (no client-side encoding of bodies, no added
 * charset): the security suite needs to send exactly what a hostile client would.
 */
public final class Http {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** What came back. */
    public record Answer(int status, String contentType, String body) {

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The body, shortened for messages. */
        public String excerpt() {
            return body.length() > 300 ? body.substring(0, 300) + "..." : body;
        }
    }

    private Http() {
    }

    /** The service's base URL, as {@code @QuarkusTest} configured RestAssured. */
    public static String baseUrl() {
        String base = RestAssured.baseURI == null ? "http://localhost" : RestAssured.baseURI;
        return base + ":" + RestAssured.port + (RestAssured.basePath == null ? "" : RestAssured.basePath);
    }

    /** The path with its template parameters filled in (each value percent-encoded as one path segment). */
    public static String expand(String template, Map<String, String> values) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for the path parameter {" + m.group(1) + "} of " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends one request.
     *
     * @param token the bearer token, or null for none
     * @param contentType the Content-Type header, or null for none (then the body is still sent if given)
     */
    public static Answer send(String method, String pathTemplate, CellRequest request, String token, String contentType,
            byte[] body) {
        StringBuilder url = new StringBuilder(baseUrl()).append(expand(pathTemplate, request.pathParams()));
        String sep = "?";
        for (Map.Entry<String, String> q : request.queryParams().entrySet()) {
            url.append(sep).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            sep = "&";
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(60));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Accept", "application/json, application/problem+json, text/html;q=0.5, */*;q=0.1");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        request.headers().forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the prepared request as it is: its body (UTF-8) with the operation's media type. */
    public static Answer send(ApiOperation op, CellRequest request, String token) {
        byte[] body = request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8);
        String contentType = op.hasBody() ? op.bodyMediaType() : null;
        return send(op.method(), op.path(), request, token, contentType, body);
    }
}
