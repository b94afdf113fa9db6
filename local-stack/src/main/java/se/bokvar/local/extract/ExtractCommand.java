package se.bokvar.local.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./bokvar extract}: a person's register extract (GDPR art. 15) from a running stack. Signs in as a supervisor
 * (password grant on the public CLI client), asks each of the four services for its part with the same token, and
 * writes the assembled JSON and the readable Swedish document (docs/register-extract.md) to files only the user may
 * read. The personnummer goes in the request bodies and the files, never in a URL, a file name or the terminal.
 */
public final class ExtractCommand {

    /** Where each service answers. */
    public record Target(String service, String baseUrl) {
    }

    /** What the command needs. */
    public record Options(String person, String purpose, String tokenUrl, String username, String password, Path outDir,
            List<Target> targets) {
    }

    /** The files written and whether the extract is complete. */
    public record Result(Path json, Path html, boolean complete, int records, int flagged) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    public Result run(Options o, PrintStream out) throws IOException, InterruptedException {
        String token = token(o);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdentityNumber", o.person());
        body.put("purpose", o.purpose());
        String json = mapper.writeValueAsString(body);
        List<JsonNode> parts = new ArrayList<>();
        List<ExtractDocument.Missing> missing = new ArrayList<>();
        String canonical = null;
        for (Target t : o.targets()) {
            HttpResponse<String> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(URI.create(t.baseUrl() + "/api/v1/register-extracts"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                missing.add(new ExtractDocument.Missing(t.service(), "svarade inte (" + e.getClass().getSimpleName() + ")"));
                out.printf("  %-24s did not answer%n", t.service());
                continue;
            }
            if (answer.statusCode() == 400) {
                // the request itself is wrong (the personnummer or the purpose): the same for every service
                throw new IllegalArgumentException("The request was refused: " + problem(answer.body()));
            }
            if (answer.statusCode() != 200) {
                missing.add(new ExtractDocument.Missing(t.service(), "svarade " + answer.statusCode()));
                out.printf("  %-24s answered %d: %s%n", t.service(), answer.statusCode(), problem(answer.body()));
                continue;
            }
            JsonNode part = mapper.readTree(answer.body());
            canonical = part.path("personalIdentityNumber").asText();
            parts.add(part);
            out.printf("  %-24s %d records, %d flagged for review%n", t.service(), part.path("records").size(),
                    flagged(part));
        }
        ExtractDocument document = new ExtractDocument(mapper);
        ObjectNode assembled = document.json(canonical == null ? o.person() : canonical, o.purpose(), o.username(), Instant.now(),
                parts, missing);
        Files.createDirectories(o.outDir());
        String stem = "registerutdrag-" + Instant.now().toString().replace(":", "").replace(".", "-");
        Path jsonFile = o.outDir().resolve(stem + ".json");
        Path htmlFile = o.outDir().resolve(stem + ".html");
        writePrivate(jsonFile, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(assembled));
        writePrivate(htmlFile, document.html(assembled));
        return new Result(jsonFile, htmlFile, missing.isEmpty(), assembled.path("records").asInt(),
                assembled.path("flaggedForReview").asInt());
    }

    private static int flagged(JsonNode part) {
        int n = 0;
        for (JsonNode r : part.path("records")) {
            n += r.path("review").size();
        }
        return n;
    }

    /** The problem's title and field errors, never the request's values (the services never repeat them). */
    private String problem(String body) {
        try {
            JsonNode p = mapper.readTree(body);
            StringBuilder s = new StringBuilder(p.path("title").asText(""));
            for (JsonNode e : p.path("errors")) {
                s.append("; ").append(e.path("field").asText()).append(' ').append(e.path("message").asText());
            }
            return s.toString();
        } catch (IOException e) {
            return "(no problem details)";
        }
    }

    private String token(Options o) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=bokvar-cli&username=" + URLEncoder.encode(o.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(o.password(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(o.tokenUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the sign-in of " + o.username() + " (" + answer.statusCode() + ")");
        }
        return mapper.readTree(answer.body()).path("access_token").asText();
    }

    private static void writePrivate(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
