package se.bokvar.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** YAML (multi-document) in and out, as Jackson trees. */
public final class Yaml {

    public static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build()).build();
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    /** Every non-empty document of a YAML text. */
    public static List<JsonNode> documents(String text, String source) {
        // one tree per document (a MappingIterator would also split a top-level list into its items)
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            List<JsonNode> docs = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode doc = YAML.readTree(parser);
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !(doc.isObject() && doc.isEmpty())) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    public static List<JsonNode> documents(Path file) {
        return documents(Repo.read(file), file.toString());
    }

    public static JsonNode single(Path file) {
        List<JsonNode> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    public static String write(Object value) {
        try {
            return YAML.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
