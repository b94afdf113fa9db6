package se.bokvar.testsupport.security;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The running service's own OpenAPI document ({@code /q/openapi?format=json}), read into {@link ApiOperation}s. */
public final class OpenApiDocument {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Reads the document from the service under test. */
    public static OpenApiDocument fetch() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    /** Every operation, in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<ApiOperation.Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<ApiOperation.Parameter> parameters = new ArrayList<>(shared);
                for (ApiOperation.Parameter p : parameters(op.getValue().path("parameters"))) {
                    parameters.removeIf(s -> s.name().equals(p.name()) && s.in().equals(p.in()));
                    parameters.add(p);
                }
                String mediaType = null;
                JsonNode schema = null;
                JsonNode content = resolve(op.getValue().path("requestBody")).path("content");
                if (content.isObject() && content.size() > 0) {
                    mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
                    schema = resolveDeep(content.path(mediaType).path("schema"), 0);
                }
                operations.add(new ApiOperation(op.getKey(), path.getKey(), parameters, mediaType, schema));
            }
        }
        return operations;
    }

    private List<ApiOperation.Parameter> parameters(JsonNode list) {
        List<ApiOperation.Parameter> out = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode param = resolve(p);
            out.add(new ApiOperation.Parameter(param.path("name").asText(), param.path("in").asText(),
                    param.path("required").asBoolean(false), resolveDeep(param.path("schema"), 0)));
        }
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            node = root.at(ref.substring(1));
        }
        return node;
    }

    /** A copy of the schema with every reference replaced by its target (recursion stops at depth 8). */
    private JsonNode resolveDeep(JsonNode node, int depth) {
        node = resolve(node);
        if (depth > 8 || !node.isContainerNode()) {
            return node;
        }
        if (node.isArray()) {
            var array = JSON.createArrayNode();
            node.forEach(n -> array.add(resolveDeep(n, depth + 1)));
            return array;
        }
        ObjectNode copy = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            copy.set(e.getKey(), resolveDeep(e.getValue(), depth + 1));
        }
        return copy;
    }
}
