package se.bokvar.testsupport.security;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: its method, path template, parameters and request body, with
 * every {@code $ref} of the schemas resolved.
 *
 * @param method upper case, e.g. {@code POST}
 * @param path the path template as documented, e.g. {@code /api/v1/notices/{id}}
 * @param parameters path, query and header parameters
 * @param bodyMediaType the media type of the request body, or null when the operation takes none
 * @param bodySchema the resolved schema of the request body, or null
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, String bodyMediaType, JsonNode bodySchema) {

    /** A parameter: {@code in} is {@code path}, {@code query} or {@code header}. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public ApiOperation {
        method = method.toUpperCase(Locale.ROOT);
        parameters = List.copyOf(parameters);
    }

    /** {@code METHOD path}, as operations are named in reports. */
    public String key() {
        return key(method, path);
    }

    public static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    public boolean hasBody() {
        return bodyMediaType != null;
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    @Override
    public String toString() {
        return key();
    }
}
