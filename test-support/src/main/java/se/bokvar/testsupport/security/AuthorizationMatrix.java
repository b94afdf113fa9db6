package se.bokvar.testsupport.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's checked-in authorization matrix: for every operation of its API (one row per operation and fixture),
 * the HTTP status each {@link Role} gets. The file is CSV:
 *
 * <pre>
 * # comments and blank lines are ignored
 * method,path,fixture,none,landlord-a,landlord-b,kronofogden,caseworker-x,caseworker-y,children-caseworker-x,supervisor-x,auditor
 * GET,/api/v1/notices/{id},notice-of-landlord-a,401,200,404,403,403,403,403,403,403
 * </pre>
 *
 * The header names every role exactly once (any order). {@code fixture} names what the request is about; the
 * service's {@link SecurityFixtures} knows what it means (a notice of landlord A, a case of board X with children,
 * ...). An operation may have several rows with different fixtures.
 */
public final class AuthorizationMatrix {

    /** The default location of a service's matrix on the test class path. */
    public static final String DEFAULT_RESOURCE = "security/authorization-matrix.csv";

    /** One row: an operation, a fixture, and the expected status per role. */
    public record Row(int line, String method, String path, String fixture, Map<Role, Integer> expected) {

        public String operationKey() {
            return ApiOperation.key(method, path);
        }

        /** The first role (in column order) whose expected status is a success, if any. */
        public Optional<Role> authorizedRole() {
            return Arrays.stream(Role.values()).filter(r -> expected.get(r) / 100 == 2).findFirst();
        }

        @Override
        public String toString() {
            return operationKey() + " [" + fixture + "] (line " + line + ")";
        }
    }

    private final String source;
    private final List<Row> rows;

    private AuthorizationMatrix(String source, List<Row> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    public static AuthorizationMatrix load(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No authorization matrix at src/test/resources/" + resource
                        + "; create it (see docs/security-tests.md)");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuthorizationMatrix parse(String source, String csv) {
        List<Role> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
            if (columns == null) {
                if (cells.length < 4 || !cells[0].equals("method") || !cells[1].equals("path") || !cells[2].equals("fixture")) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": the header must start with method,path,fixture");
                }
                columns = new ArrayList<>();
                for (int c = 3; c < cells.length; c++) {
                    columns.add(Role.ofColumn(cells[c]));
                }
                Set<Role> seen = new LinkedHashSet<>(columns);
                if (seen.size() != columns.size() || seen.size() != Role.values().length) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": the header must name every role exactly once: "
                            + Arrays.stream(Role.values()).map(Role::column).collect(Collectors.joining(",")));
                }
                continue;
            }
            if (cells.length != columns.size() + 3) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + (columns.size() + 3)
                        + " cells, found " + cells.length);
            }
            Map<Role, Integer> expected = new EnumMap<>(Role.class);
            for (int c = 0; c < columns.size(); c++) {
                try {
                    int status = Integer.parseInt(cells[c + 3]);
                    if (status < 100 || status > 599) {
                        throw new NumberFormatException();
                    }
                    expected.put(columns.get(c), status);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": '" + cells[c + 3] + "' is not an HTTP status");
                }
            }
            if (cells[2].isEmpty()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": the fixture is empty");
            }
            rows.add(new Row(i + 1, cells[0].toUpperCase(java.util.Locale.ROOT), cells[1], cells[2], expected));
        }
        if (columns == null) {
            throw new IllegalArgumentException(source + ": no header line");
        }
        return new AuthorizationMatrix(source, rows);
    }

    public String source() {
        return source;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * What does not match between the documented operations and the matrix: operations without a row, rows for
     * operations that do not exist, and duplicate rows. Empty when they match.
     */
    public List<String> coverageProblems(List<ApiOperation> operations) {
        List<String> problems = new ArrayList<>();
        Set<String> documented = operations.stream().map(ApiOperation::key).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> covered = rows.stream().map(Row::operationKey).collect(Collectors.toSet());
        for (ApiOperation op : operations) {
            if (!covered.contains(op.key())) {
                problems.add("the operation " + op.key() + " is documented but has no row in " + source
                        + "; add one per fixture, e.g.:\n    " + op.method() + "," + op.path() + ",<fixture>,"
                        + Arrays.stream(Role.values()).map(r -> "<" + r.column() + ">").collect(Collectors.joining(",")));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (Row row : rows) {
            if (!documented.contains(row.operationKey())) {
                problems.add(source + " line " + row.line() + ": " + row.operationKey()
                        + " is not an operation of the service's OpenAPI document (removed or renamed?)");
            }
            if (!seen.add(row.operationKey() + " " + row.fixture())) {
                problems.add(source + " line " + row.line() + ": a second row for " + row.operationKey() + " with fixture "
                        + row.fixture());
            }
        }
        return problems;
    }
}
