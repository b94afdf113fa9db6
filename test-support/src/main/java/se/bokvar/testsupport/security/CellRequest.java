package se.bokvar.testsupport.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The concrete request a {@link SecurityFixtures} prepares for one operation: values for the path parameters,
 * query parameters, extra headers, and the body (a valid one: the matrix is about who may call, not about input).
 */
public final class CellRequest {

    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;

    public static CellRequest create() {
        return new CellRequest();
    }

    public CellRequest path(String name, Object value) {
        pathParams.put(name, String.valueOf(value));
        return this;
    }

    public CellRequest query(String name, Object value) {
        queryParams.put(name, String.valueOf(value));
        return this;
    }

    public CellRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The request body (JSON text, or whatever the operation's media type is). */
    public CellRequest body(String body) {
        this.body = body;
        return this;
    }

    public Map<String, String> pathParams() {
        return pathParams;
    }

    public Map<String, String> queryParams() {
        return queryParams;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    /** A copy that can be changed without touching this one. */
    public CellRequest copy() {
        CellRequest c = new CellRequest();
        c.pathParams.putAll(pathParams);
        c.queryParams.putAll(queryParams);
        c.headers.putAll(headers);
        c.body = body;
        return c;
    }
}
