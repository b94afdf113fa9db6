package se.bokvar.testsupport.contracts;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * An OpenAPI document judged from outside: by swagger-parser (the parser behind swagger-codegen and
 * openapi-generator, which generated clients and API gateways use), not by the library that wrote it. Every message
 * the parser reports is a problem: a missing required field (a response without {@code description}), a wrong type,
 * an unknown field, a {@code $ref} that points nowhere.
 */
public final class OpenApiValidation {

    private OpenApiValidation() {
    }

    /** The validator's messages about {@code document} (JSON or YAML); empty when the document is valid. */
    public static List<String> problems(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true); // every $ref must resolve ...
        options.setValidateInternalRefs(true);
        options.setSafelyResolveURL(true); // ... and a remote one is never fetched from a test
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> problems = new ArrayList<>();
        if (result == null) {
            problems.add("the parser returned no result");
            return problems;
        }
        if (result.getMessages() != null) {
            problems.addAll(result.getMessages());
        }
        if (result.getOpenAPI() == null && problems.isEmpty()) {
            problems.add("not an OpenAPI document");
        }
        return problems;
    }
}
