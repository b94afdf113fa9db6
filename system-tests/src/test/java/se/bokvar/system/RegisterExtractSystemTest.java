package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.bench.common.Tokens;
import se.bokvar.local.extract.ExtractCommand;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.rules.identity.PersonalIdentityNumbers;

/**
 * The register extract end to end (issue 15 item 2; docs/register-extract.md): a person with two cases (a landlord's
 * termination shared with a co-tenant, and Kronofogden's eviction), a consent and a postponement request gets all of
 * it from all four services through {@code ./bokvar extract}'s assembly, and nothing about the co-tenant that is not
 * flagged for a secrecy review.
 */
@ExtendWith(SharedStack.class)
class RegisterExtractSystemTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Stack stack;

    @BeforeAll
    static void theSharedStack() {
        stack = SharedStack.stack();
    }

    @Test
    void aPersonGetsEverythingFromAllFourServicesAndTheCoTenantOnlyFlagged(@TempDir Path out) throws Exception {
        String tokenUrl = Tokens.tokenUrl(stack.keycloak().baseUrl());
        String landlord = Tokens.clientCredentials(HTTP, tokenUrl, "landlord-hemma", "hemma-demo-secret").get();
        String anna = Tokens.password(HTTP, tokenUrl, "anna", "demo").get();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String lena = PersonalIdentityNumbers.hyphenated(LocalDate.of(1972, 8, 19), 326);
        String jonas = PersonalIdentityNumbers.hyphenated(LocalDate.of(1974, 2, 3), 551);
        String jonasDigits = jonas.replace("-", "");

        // 1. a landlord's termination naming Lena and her co-tenant Jonas
        HttpResponse<String> receipt = ConsentGateSystemTest.call("POST", stack.url(ServiceSpec.INTAKE)
                + "/api/v1/notices/termination-unpaid-rent", landlord, Map.ofEntries(Map.entry("tenure", "RENTAL"),
                Map.entry("landlordReference", "RX-" + UUID.randomUUID().toString().substring(0, 8)),
                Map.entry("tenants", new Object[] { Map.of("personalIdentityNumber", lena, "name", "Lena Exempel"),
                        Map.of("personalIdentityNumber", jonas, "name", "Jonas Exempel") }),
                Map.entry("address", Map.of("street", "Utdragsgatan 5", "postalCode", "415 02", "city", "Göteborg",
                        "flatNumber", "1302")),
                Map.entry("rooms", 3), Map.entry("monthlyRent", 9100), Map.entry("debtAmount", 18200),
                Map.entry("monthsInArrears", 2), Map.entry("servedOn", today.toString()),
                Map.entry("childrenKnown", "NO"), Map.entry("contactPerson", Map.of("name", "Karin Förvaltare"))));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String first = ConsentGateSystemTest.caseOf(ConsentGateSystemTest.json(receipt).get("noticeId").asText(), anna);

        // 2. Kronofogden's eviction for Lena alone at another address; her consent to a postponement request, which is sent
        HttpResponse<String> sent = ConsentGateSystemTest.call("POST", stack.url(ServiceSpec.SIMULATOR) + "/sim/send-notice", anna,
                Map.of("street", "Utdragsgatan 9", "postalCode", "415 02", "city", "Göteborg", "flatNumber", "1001",
                        "tenants", new Object[] { Map.of("personalIdentityNumber", lena, "name", "Lena Exempel") }));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String kfm = ConsentGateSystemTest.json(sent).get("kfmCaseNumber").asText();
        String second = ConsentGateSystemTest.caseOf(ConsentGateSystemTest.json(sent).at("/adapterResponse/noticeId").asText(), anna);
        HttpResponse<String> consent = ConsentGateSystemTest.recordConsent(second, anna, Map.of("personalIdentityNumber", lena,
                "parties", new Object[] { Map.of("kind", "KRONOFOGDEN", "id", "kronofogden") },
                "purposes", new Object[] { "REQUEST_POSTPONEMENT" }, "categories", new Object[] { "HOUSEHOLD_SITUATION" },
                "form", "ORAL_DOCUMENTED", "givenOn", today.toString(), "note", "At the meeting"));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
        HttpResponse<String> postponed = ConsentGateSystemTest.call("POST", stack.url(ServiceSpec.CASES) + "/api/v1/cases/" + second
                + "/postponements", anna, Map.of("kfmCaseNumber", kfm, "grounds", "NEW_HOME_SOON",
                "motivation", "A new lease starts on the 1st"));
        assertThat(postponed.statusCode()).as(postponed.body()).isEqualTo(201);

        // 3. the extract, as ./bokvar extract assembles it, signed in as Sara (supervisor)
        List<ExtractCommand.Target> targets = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            targets.add(new ExtractCommand.Target(spec.name(), stack.url(spec)));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ExtractCommand.Result result = new ExtractCommand().run(new ExtractCommand.Options(lena,
                "Begäran om registerutdrag, dnr " + UUID.randomUUID(), tokenUrl, "sara", "demo", out, targets),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(result.complete()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(lena).doesNotContain(lena.replace("-", ""));
        assertThat(Files.getPosixFilePermissions(result.json())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(result.json().getFileName().toString()).doesNotContain(lena.replace("-", "").substring(2));

        JsonNode doc = JSON.readTree(result.json().toFile());
        assertThat(doc.path("complete").asBoolean()).isTrue();
        assertThat(kinds(doc, "notice-intake-service")).contains("NOTICE");
        assertThat(kinds(doc, "case-service")).contains("CASE", "ACCESS");
        assertThat(ids(doc, "case-service", "CASE")).contains(first, second);
        assertThat(kinds(doc, "consent-service")).contains("CONSENT");
        assertThat(kinds(doc, "kronofogden-adapter")).contains("EVICTION_NOTICE");
        assertThat(doc.toString()).contains(kfm);

        // Jonas appears only inside parts flagged for a secrecy review
        int jonasSeen = 0;
        for (JsonNode part : doc.path("parts")) {
            for (JsonNode record : part.path("records")) {
                List<String> flagged = new ArrayList<>();
                record.path("review").forEach(f -> flagged.add(f.path("path").asText()));
                for (String path : leavesContaining(record.path("data"), "", jonasDigits.substring(2))) {
                    jonasSeen++;
                    assertThat(flagged).as("%s %s in %s", record.path("kind").asText(), path, part.path("service").asText())
                            .anyMatch(f -> path.equals(f) || path.startsWith(f + "/"));
                }
            }
        }
        assertThat(jonasSeen).as("the co-tenant is in the extract, flagged").isPositive();

        String html = Files.readString(result.html());
        assertThat(html).contains("<h1>Registerutdrag</h1>").contains("Granskas").doesNotContain("ofullständigt");
    }

    static List<String> kinds(JsonNode doc, String service) {
        List<String> out = new ArrayList<>();
        for (JsonNode part : doc.path("parts")) {
            if (part.path("service").asText().equals(service)) {
                part.path("records").forEach(r -> out.add(r.path("kind").asText()));
            }
        }
        return out;
    }

    static List<String> ids(JsonNode doc, String service, String kind) {
        List<String> out = new ArrayList<>();
        for (JsonNode part : doc.path("parts")) {
            if (part.path("service").asText().equals(service)) {
                part.path("records").forEach(r -> {
                    if (r.path("kind").asText().equals(kind)) {
                        out.add(r.path("id").asText());
                    }
                });
            }
        }
        return out;
    }

    /** JSON pointers of the text leaves whose digits contain {@code digits}. */
    static List<String> leavesContaining(JsonNode node, String path, String digits) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.addAll(leavesContaining(f.getValue(), path + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), digits));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(leavesContaining(node.get(i), path + "/" + i, digits));
            }
        } else if (node.asText().replaceAll("[^0-9]", "").contains(digits)) {
            out.add(path);
        }
        return out;
    }
}
