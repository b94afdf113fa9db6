package se.bokvar.testsupport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The security suite of a service (issue 8, item 3), run in the service's own test suite: a service's test extends it
 * with {@code @QuarkusTest @TestProfile(...)} and passes its database, {@link TokenProbe} and {@link SecurityFixtures}
 * (usually built with {@link SecurityFixtures#from}) to the constructor. It proves, against the running
 * service, its real database and the in-process OIDC server:
 * <ol>
 * <li>the checked-in authorization matrix ({@value AuthorizationMatrix#DEFAULT_RESOURCE}) names every operation of the
 * service's OpenAPI document and nothing else;</li>
 * <li>every cell of the matrix: each {@link Role} gets exactly the status the table says;</li>
 * <li>expired, wrongly signed, wrong-issuer, wrong-audience (and other broken) tokens get 401 where the same caller's
 * valid token gets in;</li>
 * <li>random and hostile requests (QuickTheories) against every operation with a request body never get a 5xx, and a
 * rejected one (4xx) leaves the row count of every table of the service's database unchanged;</li>
 * <li>nothing but health, metrics and API docs answers without a token.</li>
 * </ol>
 * When a cell does not match, the actual matrix is written to {@code target/security/authorization-matrix.actual.csv}
 * (same format), so a deliberate change is a reviewed copy; see docs/security-tests.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SecuritySuite {

    /** Paths that may answer without a token: health, metrics and API documentation (prefixes). */
    public static final List<String> PUBLIC_PREFIXES = List.of("/q/health", "/q/metrics", "/q/openapi", "/q/swagger-ui",
            "/asyncapi");

    /** Non-API paths every service is probed on without a token (none of which may leak anything else). */
    public static final List<String> NON_API_PATHS = List.of("/", "/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi", "/q/openapi?format=json", "/q/swagger-ui", "/q/swagger-ui/",
            "/asyncapi.json", "/asyncapi.yaml", "/q/dev", "/q/dev-ui", "/q/arc", "/q/arc/beans", "/q/info", "/q/env",
            "/q/logging-manager", "/q/graphql", "/q/graphql-ui", "/api", "/api/v1", "/api/v1/", "/api/v2/anything",
            "/admin", "/actuator", "/actuator/env", "/console", "/.env", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
            "/application.properties", "/META-INF/microprofile-config.properties", "/q/../api/v1",
            "/api/v1/../../q/health", "/q/health/../../api/v1");

    /**
     * The representative protected operation for the broken-token test: a matrix row ({@code METHOD /path}), its
     * fixture, and the caller whose valid token is accepted on it and whose claims the broken tokens carry.
     */
    public record TokenProbe(String operation, String fixture, Role caller) {
    }

    private final String database;
    private final TokenProbe tokenProbe;
    private final SecurityFixtures fixtures;

    private OpenApiDocument document;
    private List<ApiOperation> operations;
    private AuthorizationMatrix matrix;

    /**
     * The usual shape of a service's suite: its database, its token probe and its fixtures, e.g.
     * {@code super("consent", new TokenProbe("GET /api/v1/consents/{id}", "consent-of-board-x", Role.CASEWORKER_X),
     * SecurityFixtures.from(SecuritySuiteTest::request).readBack(...).build())}.
     */
    protected SecuritySuite(String database, TokenProbe tokenProbe, SecurityFixtures fixtures) {
        this.database = Objects.requireNonNull(database, "database");
        this.tokenProbe = Objects.requireNonNull(tokenProbe, "tokenProbe");
        this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
    }

    /** For a suite that overrides {@link #database()}, {@link #fixtures()} and the token-probe methods instead. */
    protected SecuritySuite() {
        this.database = null;
        this.tokenProbe = null;
        this.fixtures = null;
    }

    private <T> T configured(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(getClass().getName() + " passes no " + what
                    + " to the SecuritySuite constructor and does not override the method that gives it");
        }
        return value;
    }

    /** The service's database short name, as in its test profile (e.g. {@code intake}). */
    protected String database() {
        return configured(database, "database");
    }

    /** What the suite needs to know of the service: how to make the request of a cell. */
    protected SecurityFixtures fixtures() {
        return configured(fixtures, "fixtures");
    }

    /**
     * The representative protected operation for the broken-token test: a matrix row ({@code METHOD /path}) and its
     * fixture, called by {@link #tokenCaller()}.
     */
    protected String tokenProbeOperation() {
        return configured(tokenProbe, "token probe").operation();
    }

    protected String tokenProbeFixture() {
        return configured(tokenProbe, "token probe").fixture();
    }

    /** The caller whose valid token is accepted on the probe, and whose claims the broken tokens carry. */
    protected Role tokenCaller() {
        return configured(tokenProbe, "token probe").caller();
    }

    /** Random cases per operation with a request body (system property {@code bokvar.security.examples}). */
    protected int hostileExamples() {
        return Integer.getInteger("bokvar.security.examples", 20);
    }

    /** Read lazily: RestAssured knows the service's port only once a test runs. */
    private synchronized void readDocumentAndMatrix() {
        if (operations != null) {
            return;
        }
        document = OpenApiDocument.fetch();
        operations = document.operations();
        matrix = AuthorizationMatrix.load(AuthorizationMatrix.DEFAULT_RESOURCE);
    }

    @AfterAll
    void closeCounts() {
        if (counts != null) {
            counts.close();
        }
    }

    // ------------------------------------------------------------------ 1. coverage

    @Test
    void everyDocumentedOperationHasARowAndEveryRowAnOperation() {
        readDocumentAndMatrix();
        assertThat(operations).as("the OpenAPI document has operations").isNotEmpty();
        List<String> problems = matrix.coverageProblems(operations);
        assertThat(problems).as("the authorization matrix %s against the OpenAPI document", matrix.source()).isEmpty();
    }

    /** The coverage check can fail: the table without its first row and with a made-up row gives two problems. */
    @Test
    void theCoverageCheckNoticesAMissingAndAStaleRow() {
        readDocumentAndMatrix();
        String header = "method,path,fixture," + Arrays.stream(Role.values()).map(Role::column).collect(Collectors.joining(","));
        StringBuilder csv = new StringBuilder(header).append('\n');
        matrix.rows().stream().skip(1).filter(r -> !r.operationKey().equals(matrix.rows().get(0).operationKey()))
                .forEach(r -> csv.append(r.method()).append(',').append(r.path()).append(',').append(r.fixture()).append(',')
                        .append(Arrays.stream(Role.values()).map(role -> String.valueOf(r.expected().get(role)))
                                .collect(Collectors.joining(",")))
                        .append('\n'));
        csv.append("GET,/api/v1/no-such-endpoint,none,").append(Arrays.stream(Role.values()).map(r -> "401")
                .collect(Collectors.joining(","))).append('\n');
        List<String> problems = AuthorizationMatrix.parse("mutated", csv.toString()).coverageProblems(operations);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains(matrix.rows().get(0).operationKey()).contains("has no row");
        assertThat(problems.get(1)).contains("/api/v1/no-such-endpoint").contains("not an operation");
    }

    // ------------------------------------------------------------------ 2. every cell

    @TestFactory
    Stream<DynamicTest> authorizationMatrix() {
        readDocumentAndMatrix();
        Map<AuthorizationMatrix.Row, Map<Role, Integer>> actual = new LinkedHashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            tests.add(DynamicTest.dynamicTest(row.operationKey() + " [" + row.fixture() + "]", () -> {
                ApiOperation op = operation(row.operationKey());
                Map<Role, Integer> got = new LinkedHashMap<>();
                List<String> wrong = new ArrayList<>();
                for (Role role : Role.values()) {
                    CellRequest request = fixtures().request(op, row.fixture(), role);
                    Http.Answer answer = Http.send(op, request, role.token());
                    got.put(role, answer.status());
                    int expected = row.expected().get(role);
                    if (answer.status() != expected) {
                        wrong.add(role.column() + ": expected " + expected + ", got " + answer.status() + " "
                                + answer.excerpt());
                    }
                    if (answer.status() >= 500) {
                        wrong.add(role.column() + ": a 5xx is never right: " + answer.excerpt());
                    }
                }
                actual.put(row, got);
                writeActual(actual);
                assertThat(wrong).as("%s; the actual matrix so far is in %s", row, ACTUAL).isEmpty();
            }));
        }
        return tests.stream();
    }

    private static final Path ACTUAL = Path.of("target", "security", "authorization-matrix.actual.csv");

    private static void writeActual(Map<AuthorizationMatrix.Row, Map<Role, Integer>> actual) {
        StringBuilder out = new StringBuilder("method,path,fixture,")
                .append(Arrays.stream(Role.values()).map(Role::column).collect(Collectors.joining(","))).append('\n');
        actual.forEach((row, got) -> out.append(row.method()).append(',').append(row.path()).append(',').append(row.fixture())
                .append(',').append(Arrays.stream(Role.values()).map(r -> String.valueOf(got.get(r))).collect(Collectors.joining(",")))
                .append('\n'));
        try {
            Files.createDirectories(ACTUAL.getParent());
            Files.writeString(ACTUAL, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ 3. broken tokens

    @Test
    void brokenTokensAreRefusedWith401() {
        readDocumentAndMatrix();
        ApiOperation op = operation(tokenProbeOperation());
        Role caller = tokenCaller();
        Http.Answer control = Http.send(op, fixtures().request(op, tokenProbeFixture(), caller), caller.token());
        assertThat(control.status()).as("the valid token of %s on %s (the control): %s", caller.column(), op,
                control.excerpt()).isBetween(200, 299);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> broken : BrokenTokens.of(caller).entrySet()) {
            Http.Answer answer = Http.send(op, fixtures().request(op, tokenProbeFixture(), caller), broken.getValue());
            if (answer.status() != 401) {
                wrong.add(broken.getKey() + ": " + answer.status() + " " + answer.excerpt());
            }
        }
        assertThat(wrong).as("broken tokens on %s must all be 401", op).isEmpty();
    }

    // ------------------------------------------------------------------ 4. hostile input

    private RowCounts counts;

    @TestFactory
    Stream<DynamicTest> hostileInputNeverGets5xxAndRejectionsChangeNothing() {
        readDocumentAndMatrix();
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (!op.hasBody()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.key(), () -> hostile(op)));
        }
        assertThat(tests).as("operations with a request body").isNotEmpty();
        return tests.stream();
    }

    private void hostile(ApiOperation op) {
        AuthorizationMatrix.Row row = authorizedRow(op);
        Role caller = row.authorizedRole().orElseThrow();
        CellRequest valid = fixtures().request(op, row.fixture(), caller);
        HostileInput input = new HostileInput(op, valid);
        // whether the service may still be writing because of the fixture or an accepted request
        boolean[] busy = { true };
        long seed = seed();
        // first, deterministically, every kind of broken body (duplicate keys, truncation, wrong charset, ...)
        for (int variant = 0; variant < 24; variant++) {
            attack(op, caller, input.apply(List.of(new HostileInput.Move(HostileInput.Kind.BROKEN_JSON, 0, variant, "x", 7))),
                    busy, -1);
        }
        qt().withFixedSeed(seed).withExamples(hostileExamples()).withShrinkCycles(40).forAll(input.requests())
                .checkAssert(h -> attack(op, caller, h, busy, seed));
    }

    private void attack(ApiOperation op, Role caller, HostileInput.Hostile h, boolean[] busy, long seed) {
        Map<String, Long> before = busy[0] ? counts().quiet(150) : counts().snapshot();
        busy[0] = false;
        Http.Answer answer = Http.send(op.method(), op.path(), h.request(), caller.token(), h.contentType(), h.body());
        busy[0] = answer.status() < 400 || answer.status() >= 500;
        assertThat(answer.status()).as("%s as %s (seed %d): %s -> %s", op, caller.column(), seed, h, answer.excerpt())
                .isLessThan(500);
        if (answer.status() >= 400) {
            Map<String, Long> after = counts().snapshot();
            assertThat(RowCounts.difference(before, after))
                    .as("%s rejected with %d but rows changed (seed %d): %s", op, answer.status(), seed, h).isEmpty();
        }
    }


    // ------------------------------------------------------------------ 4b. hostile text in every field

    /**
     * Issue 12: hostile text drawn by Unicode category and shape ({@link HostileText}) in every text field of every
     * operation with a JSON body, one field and one string at a time: never a 5xx, a rejection is problem+json and
     * changes no row, and an accepted string reads back unchanged (or stripped of surrounding whitespace) through
     * the API that shows it. In the build: one string of every shape per field with a fixed seed; {@code ./bokvar
     * fuzz} sets {@code bokvar.fuzz.strings} (per shape and field), {@code bokvar.fuzz.seconds} (per operation) and a
     * random seed.
     */
    @TestFactory
    Stream<DynamicTest> hostileTextInEveryFieldNeverGets5xxAndReadsBack() {
        readDocumentAndMatrix();
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (!op.hasBody() || !op.bodyMediaType().contains("json")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.key(), () -> textSweep(op)));
        }
        assertThat(tests).as("operations with a JSON body").isNotEmpty();
        return tests.stream();
    }

    private void textSweep(ApiOperation op) {
        AuthorizationMatrix.Row row = authorizedRow(op);
        Role caller = row.authorizedRole().orElseThrow();
        long seed = seed();
        int perShape = Integer.getInteger("bokvar.fuzz.strings", 1);
        long seconds = Long.getLong("bokvar.fuzz.seconds", 0L);
        long deadline = seconds > 0 ? System.currentTimeMillis() + seconds * 1000 : 0;
        TextSweep sweep = new TextSweep(op, caller, () -> fixtures().request(op, row.fixture(), caller),
                fixtures().isFreshBody(row.fixture()), fixtures(), counts(), Integer.getInteger("bokvar.fuzz.renewals", 12));
        StringBuilder figures = new StringBuilder();
        List<TextSweep.Finding> findings = sweep.run(seed, perShape, deadline, figures);
        System.out.println("[hostile text] " + figures + " (seed " + seed + ")");
        assertThat(findings).as("%s as %s (seed %d; replay with -Dbokvar.security.seed=%d)", op, caller.column(), seed, seed)
                .isEmpty();
    }

    // ------------------------------------------------------------------ 5. nothing without a token

    @Test
    void nothingButHealthMetricsAndApiDocsAnswersWithoutAToken() {
        readDocumentAndMatrix();
        List<String> wrong = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        for (ApiOperation op : operations) {
            Optional<AuthorizationMatrix.Row> row = matrix.rows().stream().filter(r -> r.operationKey().equals(op.key())).findFirst();
            CellRequest request = row.map(r -> fixtures().request(op, r.fixture(), Role.NONE))
                    .orElseGet(() -> randomPathValues(op));
            Http.Answer answer = Http.send(op, request, null);
            if (answer.status() != 401) {
                wrong.add(op + " without a token: " + answer.status() + " " + answer.excerpt());
            }
            paths.add(Http.expand(op.path(), request.pathParams()));
            // the same path with random values: an unknown resource is not a reason to answer before authentication
            Http.Answer unknown = Http.send(op, randomPathValues(op).body(request.body()), null);
            if (unknown.status() != 401) {
                wrong.add(op + " (unknown ids) without a token: " + unknown.status() + " " + unknown.excerpt());
            }
        }
        // every method on every documented path: undocumented methods must not answer with content either
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")) {
                boolean body = List.of("POST", "PUT", "PATCH").contains(method);
                Http.Answer answer = Http.send(method, path, CellRequest.create(), null, body ? "application/json" : null,
                        body ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : null);
                // OPTIONS is answered by JAX-RS itself with the Allow header and no body (and CORS preflights carry
                // no token): it reveals the methods, which the OpenAPI document publishes anyway, and no data
                boolean allowList = method.equals("OPTIONS") && answer.body().isEmpty();
                if (answer.status() / 100 == 2 && !isPublic(path) && !allowList || answer.status() >= 500) {
                    wrong.add(method + " " + path + " without a token: " + answer.status() + " " + answer.excerpt());
                }
            }
        }
        for (String path : NON_API_PATHS) {
            Http.Answer answer = Http.send("GET", path, CellRequest.create(), null, null, null);
            boolean ok = answer.status() == 401 || answer.status() == 404 || answer.status() == 403
                    || answer.status() / 100 == 2 && isPublic(path) || answer.status() / 100 == 3 && isPublic(path);
            if (!ok) {
                wrong.add("GET " + path + " without a token: " + answer.status() + " " + answer.excerpt());
            }
        }
        for (String path : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            Http.Answer answer = Http.send("GET", path, CellRequest.create(), null, null, null);
            if (answer.status() != 200) {
                wrong.add("GET " + path + " must be public: " + answer.status());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean isPublic(String path) {
        String normalized = Path.of(path.split("\\?")[0]).normalize().toString();
        return PUBLIC_PREFIXES.stream().anyMatch(p -> normalized.equals(p) || normalized.startsWith(p + "/")
                || normalized.startsWith(p + ".") || normalized.startsWith(p + "?"));
    }

    private static CellRequest randomPathValues(ApiOperation op) {
        CellRequest request = CellRequest.create();
        for (ApiOperation.Parameter p : op.parameters("path")) {
            request.path(p.name(), UUID.randomUUID());
        }
        return request;
    }

    // ------------------------------------------------------------------ helpers

    /** The first row of {@code op} that lets some role in: who attacks it, with which fixture. */
    private AuthorizationMatrix.Row authorizedRow(ApiOperation op) {
        return matrix.rows().stream().filter(r -> r.operationKey().equals(op.key()))
                .filter(r -> r.authorizedRole().isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + op + " in the matrix lets any role in: nothing to attack"));
    }

    private RowCounts counts() {
        if (counts == null) {
            counts = new RowCounts(database(), fixtures().tablesRejectedRequestsMayChange());
        }
        return counts;
    }

    /**
     * A fixed seed by default, so the build is repeatable; {@code -Dbokvar.security.seed=random} explores new cases
     * (a failure prints its seed: pass it back to replay it).
     */
    private static long seed() {
        String seedProperty = System.getProperty("bokvar.security.seed", "20261122");
        return "random".equals(seedProperty) ? System.nanoTime() : Long.parseLong(seedProperty);
    }

    protected final ApiOperation operation(String key) {
        return operations.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not in the OpenAPI document"));
    }

    protected final List<ApiOperation> operations() {
        return operations;
    }
}
