package se.bokvar.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.local.infra.ServiceDatabase;
import se.bokvar.testsupport.contracts.OpenApiValidation;
import se.bokvar.testsupport.shape.ServiceShape;

/**
 * What holds for every service, run in each service's test suite (a service's test extends this with
 * {@code @QuarkusTest @TestProfile(...)}): health and API docs are public, the OpenAPI document is valid to an
 * independent validator, everything else needs a token, the migrations ran as the owner, and the runtime role cannot
 * rewrite the audit trail.
 */
public abstract class PlatformConventionsTest {

    /** The service's database short name, as in its test profile. */
    protected abstract String database();

    /**
     * Issue 13: the service has the one shape (api and events over app over store; see {@link ServiceShape}); the
     * root package is this test's.
     */
    @Test
    void theServiceHasTheOneShape() {
        List<String> violations = ServiceShape.of(getClass().getPackageName()).violations();
        assertThat(violations).as("breaches of the service shape (docs/architecture.md):%n  %s",
                String.join(System.lineSeparator() + "  ", violations)).isEmpty();
    }

    @Test
    void healthAndApiDocsAnswerWithoutAToken() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
    }

    /** Ops read metrics without a token; the outbox is visible there; no metric label carries personal data. */
    @Test
    void metricsArePublicAndShowTheOutbox() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("bokvar_outbox_backlog_rows").contains("bokvar_outbox_oldest_age_seconds")
                .contains("bokvar_outbox_published_total").contains("jvm_memory_used_bytes");
        // names and labels only: a sample value such as 0.7701172345 can look like a personnummer by chance
        String namesAndLabels = metrics.lines().filter(l -> !l.startsWith("#"))
                .map(l -> l.contains("}") ? l.substring(0, l.lastIndexOf('}') + 1) : l.split(" ")[0])
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(se.bokvar.local.stack.PersonalDataScan.find(namesAndLabels)).isEmpty();
    }

    /**
     * The service's OpenAPI document, as served, passes an independent validator (swagger-parser): generated clients
     * and API gateways refuse a document that only the library which wrote it accepts. The document is kept in
     * {@code target/openapi/openapi.json} for review.
     */
    @Test
    void theOpenApiDocumentPassesAnIndependentValidator() throws IOException {
        String document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path kept = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, document, StandardCharsets.UTF_8);
        List<String> problems = OpenApiValidation.problems(document);
        assertThat(problems).as("swagger-parser's messages about /q/openapi (kept in %s):%n  %s", kept.toAbsolutePath(),
                String.join(System.lineSeparator() + "  ", problems)).isEmpty();
    }

    /** Every operation in the service's own OpenAPI document refuses a caller without a token. */
    @Test
    void everyDocumentedOperationNeedsAToken() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            String url = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : path.getValue().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                given().contentType("application/json").body("{}").request(method, url)
                        .then().statusCode(401).contentType("application/problem+json");
            }
        }
    }

    /** Every documented error (4xx, 5xx) is an RFC 9457 problem in the document, as it is on the wire. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedErrorIsAProblem() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> withoutProblem = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((code, response) -> {
                Object content = ((Map<String, Object>) response).get("content");
                boolean error = String.valueOf(code).matches("[45]\\d\\d");
                if (error && !(content instanceof Map<?, ?> c && c.containsKey("application/problem+json"))) {
                    withoutProblem.add(method.toUpperCase() + " " + path + " " + code);
                }
            });
        }));
        assertThat(withoutProblem).as("documented errors without application/problem+json").isEmpty();
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().get("/api/v1/does-not-exist").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theRuntimeRoleCanAppendToTheAuditTrailButNeverChangeIt() throws SQLException {
        ServiceDatabase db = TestInfrastructure.database(database());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
                Statement s = c.createStatement()) {
            int inserted = s.executeUpdate("insert into audit_record (actor_subject, actor_roles, action, resource_type,"
                    + " resource_ids) values ('test', 'caseworker', 'test.append', 'test', array['x'])");
            assertThat(inserted).isEqualTo(1);
            for (String sql : new String[] { "update audit_record set action = 'rewritten'", "delete from audit_record",
                    "truncate audit_record" }) {
                assertThatThrownBy(() -> s.execute(sql)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
    }

    @Test
    void theRuntimeRoleOwnsNothingAndCannotCreateTables() throws SQLException {
        ServiceDatabase db = TestInfrastructure.database(database());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("create table intruder (id int)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("drop table outbox_event")).isInstanceOf(SQLException.class);
        }
    }
}
