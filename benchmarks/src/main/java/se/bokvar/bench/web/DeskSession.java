package se.bokvar.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the desk the way a browser does it: the desk sends the visitor to Keycloak
 * (authorization-code flow with PKCE, the desk's confidential client {@code bokvar-web}); the benchmark reads
 * Keycloak's login page, posts the user name and password to the form's action, follows the redirects back to the
 * desk and keeps its session cookies ({@code q_session*}) and every other cookie the desk sets, for every page. The
 * tokens are the desk's own, from the real Keycloak; the benchmark never sees them (they are encrypted in the cookie).
 * The desk refreshes them itself while the session is used; a page answered with a redirect to Keycloak means the
 * session ended, and {@link #signIn()} starts a new one.
 */
final class DeskSession {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*login-actions/authenticate[^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI desk;
    private final String user;
    private final String password;
    private final CookieJar cookies = new CookieJar();
    private final AtomicInteger signIns = new AtomicInteger();
    private volatile long signedInAtNanos;

    DeskSession(HttpClient http, URI desk, String user, String password) {
        this.http = http;
        this.desk = desk;
        this.user = user;
        this.password = password;
    }

    /** How many times the benchmark signed in so far. */
    int signIns() {
        return signIns.get();
    }

    /** Seconds since the last sign-in. */
    double sessionAgeSeconds() {
        return (System.nanoTime() - signedInAtNanos) / 1e9;
    }

    /**
     * Signs in from scratch (every cookie dropped): the desk's inbox → Keycloak's login page → its form posted → back
     * to the desk; fails unless the desk finally answers its inbox with 200. Returns the seconds it took.
     */
    synchronized double signIn() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        cookies.clear();
        HttpResponse<String> r = follow(desk.resolve("/inkorg"), null, 10);
        if (r.statusCode() == 200 && r.uri().getPort() == desk.getPort() && r.body().contains("<h1>Inkorg</h1>")) {
            throw new IOException("the desk showed its inbox without a sign-in");
        }
        Matcher form = FORM.matcher(r.body());
        if (!form.find()) {
            throw new IOException("no login form on Keycloak's page " + r.uri().getPath() + " (status " + r.statusCode() + ")");
        }
        URI action = r.uri().resolve(unescape(form.group(1)));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form.group(2));
        while (hidden.find()) {
            Matcher n = NAME.matcher(hidden.group());
            Matcher v = VALUE.matcher(hidden.group());
            if (n.find()) {
                fields.put(unescape(n.group(1)), v.find() ? unescape(v.group(1)) : "");
            }
        }
        fields.put("username", user);
        fields.put("password", password);
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.append(body.length() == 0 ? "" : "&").append(enc(f.getKey())).append('=').append(enc(f.getValue()));
        }
        HttpResponse<String> back = follow(action, body.toString(), 10);
        if (back.statusCode() != 200 || back.uri().getPort() != desk.getPort() || !back.body().contains("<h1>Inkorg</h1>")) {
            throw new IOException("signing in as " + user + " did not lead back to the desk's inbox (" + back.statusCode() + " from "
                    + back.uri().getHost() + ":" + back.uri().getPort() + back.uri().getPath() + ")");
        }
        if (cookies.names(desk).stream().noneMatch(n -> n.startsWith("q_session"))) {
            throw new IOException("the desk set no session cookie (q_session*); cookies: " + cookies.names(desk));
        }
        return done(t0);
    }

    private double done(long t0) {
        signIns.incrementAndGet();
        signedInAtNanos = System.nanoTime();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A page of the desk with the session's cookies, asynchronously; the answer's cookies are kept. Never follows a redirect. */
    CompletableFuture<HttpResponse<String>> page(String pathAndQuery, Duration timeout) {
        URI uri = desk.resolve(pathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET().header("Accept", "text/html");
        String cookie = cookies.header(uri);
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(r -> {
            cookies.take(uri, r.headers());
            return r;
        });
    }

    /** A page, waiting for it. */
    HttpResponse<String> pageNow(String pathAndQuery) throws IOException, InterruptedException {
        try {
            return page(pathAndQuery, Duration.ofSeconds(30)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** Whether an answer sends the visitor to sign in (the session ended). */
    static boolean toSignIn(HttpResponse<?> r) {
        return r.statusCode() / 100 == 3 && r.headers().firstValue("location").map(l -> l.contains("/protocol/openid-connect/auth"))
                .orElse(false);
    }

    /** GET (or POST a form when {@code form} is not null) and follow redirects as a browser, keeping cookies. */
    private HttpResponse<String> follow(URI uri, String form, int hops) throws IOException, InterruptedException {
        URI at = uri;
        String body = form;
        for (int i = 0; i <= hops; i++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(at).timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
            String cookie = cookies.header(at);
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (body != null) {
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", at.getScheme() + "://" + at.getHost() + ":" + at.getPort())
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.GET();
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            cookies.take(at, r.headers());
            String location = r.headers().firstValue("location").orElse(null);
            if (r.statusCode() / 100 != 3 || location == null) {
                return r;
            }
            at = at.resolve(location);
            if (!"127.0.0.1".equals(at.getHost()) && !"localhost".equals(at.getHost())) {
                throw new IOException("a redirect left the loopback address: " + at.getHost());
            }
            body = null;
        }
        throw new IOException("more than " + hops + " redirects from " + uri.getPath());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
