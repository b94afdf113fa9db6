package se.bokvar.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.contracts.EventType;
import se.bokvar.contracts.EventTypes;
import se.bokvar.contracts.Topics;

/**
 * The committed AsyncAPI document ({@value AsyncApiGenerator#RESOURCE}) is exactly what the generator makes from
 * the contracts and their Javadoc. When a contract changes, regenerate it with
 * {@code ./mvnw -pl event-contracts test -Dbokvar.asyncapi.write=true} and commit the result.
 */
class AsyncApiDocumentTest {

    static final Path COMMITTED = Path.of("src/main/resources").resolve(AsyncApiGenerator.RESOURCE);

    @Test
    void theCommittedDocumentIsUpToDate() throws IOException {
        String generated = AsyncApiGenerator.generate(new JavadocDescriptions(Path.of("src/main/java")));
        if (Boolean.getBoolean("bokvar.asyncapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("%s is stale: regenerate it with ./mvnw -pl event-contracts test -Dbokvar.asyncapi.write=true",
                        COMMITTED)
                .isEqualTo(generated);
    }

    @Test
    void everyEventTypeIsAMessageOnItsTopicWithTheRecordsComponents() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            assertThat(in).as("the document is on the classpath").isNotNull();
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("channels")).hasSize(Topics.ALL.size());
        assertThat(doc.path("operations")).hasSize(EventTypes.ALL.size());
        for (EventType<?> type : EventTypes.ALL) {
            JsonNode message = doc.path("components").path("messages").path(type.type());
            assertThat(message.isObject()).as(type.type()).isTrue();
            assertThat(message.path("headers").path("properties").path("ce_type").path("const").asText()).isEqualTo(type.type());
            String channel = type.topic().name().substring("bokvar.".length());
            assertThat(doc.path("channels").path(channel).path("address").asText()).isEqualTo(type.topic().name());
            assertThat(doc.path("channels").path(channel).path("messages").has(type.type())).isTrue();
            JsonNode schema = doc.path("components").path("schemas").path(type.dataClass().getSimpleName());
            for (RecordComponent c : type.dataClass().getRecordComponents()) {
                assertThat(schema.path("properties").has(c.getName())).as(type.dataClass() + "." + c.getName()).isTrue();
            }
            assertThat(schema.path("properties")).hasSize(type.dataClass().getRecordComponents().length);
        }
        // descriptions come from the Javadoc
        assertThat(doc.at("/components/schemas/TerminationNoticeReceivedV1/properties/servedOn/description").asText())
                .contains("delgivning");
    }

    @Test
    void aFieldAddedLaterIsOptionalSoEventsPublishedBeforeItStayValid() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            doc = new ObjectMapper().readTree(in);
        }
        JsonNode alert = doc.at("/components/schemas/DeadlineAlertV1");
        assertThat(alert.path("properties").has("unit")).isTrue();
        assertThat(alert.path("required").toString()).doesNotContain("\"unit\"").contains("\"assignedTo\"");
    }

    /** Reads descriptions from the records' Javadoc in the module's sources. */
    static final class JavadocDescriptions implements AsyncApiGenerator.Descriptions {
        private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n@\\w|\\z)", Pattern.DOTALL);
        private final Path sources;
        private final Map<Class<?>, Optional<String[]>> cache = new HashMap<>();

        JavadocDescriptions(Path sources) {
            this.sources = sources;
        }

        @Override
        public Optional<String> ofType(Class<?> type) {
            return javadoc(type).map(j -> j[0]).filter(s -> !s.isBlank());
        }

        @Override
        public Optional<String> ofComponent(Class<?> record, String component) {
            return javadoc(record).flatMap(j -> {
                Matcher m = PARAM.matcher(j[1]);
                while (m.find()) {
                    if (m.group(1).equals(component)) {
                        return Optional.of(clean(m.group(2))).filter(s -> !s.isBlank());
                    }
                }
                return Optional.empty();
            });
        }

        /** [main description, block tags] of the type's Javadoc. */
        private Optional<String[]> javadoc(Class<?> type) {
            return cache.computeIfAbsent(type, t -> {
                if (t.getEnclosingClass() != null) {
                    return Optional.empty();
                }
                Path file = sources.resolve(t.getName().replace('.', '/') + ".java");
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                try {
                    String src = Files.readString(file, StandardCharsets.UTF_8);
                    int decl = src.indexOf("public " + (t.isEnum() ? "enum " : t.isRecord() ? "record " : "class ") + t.getSimpleName());
                    int end = decl < 0 ? -1 : src.lastIndexOf("*/", decl);
                    int start = end < 0 ? -1 : src.lastIndexOf("/**", end);
                    if (start < 0) {
                        return Optional.empty();
                    }
                    String body = src.substring(start + 3, end).replaceAll("(?m)^\\s*\\* ?", "");
                    int tags = body.indexOf("\n@");
                    String main = tags < 0 ? body : body.substring(0, tags);
                    String block = tags < 0 ? "" : body.substring(tags);
                    return Optional.of(new String[] { clean(main), block });
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
        }

        private static String clean(String s) {
            return s.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
                    .replaceAll("<[^>]+>", "")
                    .replaceAll("\\s+", " ")
                    .strip();
        }
    }
}
