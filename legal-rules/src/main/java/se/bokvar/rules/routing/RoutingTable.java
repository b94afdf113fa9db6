package se.bokvar.rules.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which social-services board (socialnämnd / stadsområde) covers a postal code: a case belongs to the unit that
 * covers the flat's address. Kept as data, loaded from CSV:
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * from,to,board          (optional header, first non-comment line only)
 * 41100,41399,Centrum    (inclusive range of postal codes, then the board's name)
 * </pre>
 *
 * <p>Ranges may not overlap and need not cover every code: a code in no range is unrouted and goes to the
 * unrouted queue. Look-up is a binary search over the sorted ranges. Immutable and thread-safe.
 */
public final class RoutingTable {

    /** Classpath location of the Göteborg sample table (SAMPLE DATA, see the file's header). */
    public static final String GOTEBORG_SAMPLE_RESOURCE = "goteborg-boards.sample.csv";

    private static final String HEADER = "from,to,board";

    /**
     * One inclusive range of postal codes and the board that covers it.
     *
     * @param from  first postal code in the range
     * @param to    last postal code in the range (not before {@code from})
     * @param board the board's name
     */
    public record Range(PostalCode from, PostalCode to, String board) {

        /** Checks that the range is not reversed and the board is named. */
        public Range {
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(board, "board must not be null");
            if (from.compareTo(to) > 0) {
                throw new IllegalArgumentException("from must not be after to");
            }
            if (board.isBlank()) {
                throw new IllegalArgumentException("board must not be blank");
            }
        }

        /** Whether {@code code} lies in this range (both ends included). */
        public boolean contains(PostalCode code) {
            return from.compareTo(code) <= 0 && code.compareTo(to) <= 0;
        }
    }

    private final List<Range> ranges;
    private final int[] froms;
    private final int[] tos;
    private final Set<String> boards;

    private RoutingTable(List<Range> sortedRanges) {
        this.ranges = List.copyOf(sortedRanges);
        this.froms = new int[ranges.size()];
        this.tos = new int[ranges.size()];
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            froms[i] = range.from().number();
            tos[i] = range.to().number();
            names.add(range.board());
        }
        this.boards = Set.copyOf(names);
    }

    /**
     * Reads a table from CSV (see the class comment). The reader is read to the end but not closed.
     *
     * @throws InvalidRoutingTableException for a malformed line, a reversed or overlapping range, or a table
     *                                      without any range; the message names the line number
     * @throws UncheckedIOException         if reading fails
     */
    public static RoutingTable fromCsv(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        List<NumberedRange> parsed = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNumber = 0;
        boolean headerAllowed = true;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String text = (lineNumber == 1 ? stripByteOrderMark(line) : line).strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                boolean header = headerAllowed && text.replace(" ", "").equalsIgnoreCase(HEADER);
                headerAllowed = false;
                if (!header) {
                    parsed.add(new NumberedRange(lineNumber, parseLine(lineNumber, text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the routing table", e);
        }
        if (parsed.isEmpty()) {
            throw new InvalidRoutingTableException(0, "no ranges");
        }
        parsed.sort(Comparator.comparing(numbered -> numbered.range().from()));
        for (int i = 1; i < parsed.size(); i++) {
            NumberedRange previous = parsed.get(i - 1);
            NumberedRange current = parsed.get(i);
            if (current.range().from().compareTo(previous.range().to()) <= 0) {
                throw new InvalidRoutingTableException(Math.max(previous.line(), current.line()),
                        "range overlaps the range on line " + Math.min(previous.line(), current.line()));
            }
        }
        List<Range> sorted = new ArrayList<>();
        parsed.forEach(numbered -> sorted.add(numbered.range()));
        return new RoutingTable(sorted);
    }

    /**
     * The bundled Göteborg table for the four boards (Nordost, Centrum, Hisingen, Sydväst). <b>Sample data</b>:
     * illustrative ranges, not the real district boundaries; replace with the municipality's own table before
     * production.
     */
    public static RoutingTable goteborgSample() {
        InputStream in = RoutingTable.class.getResourceAsStream(GOTEBORG_SAMPLE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + GOTEBORG_SAMPLE_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + GOTEBORG_SAMPLE_RESOURCE, e);
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static Range parseLine(int lineNumber, String text) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            throw new InvalidRoutingTableException(lineNumber, "expected three fields: from,to,board");
        }
        PostalCode from = postalCode(lineNumber, "from", fields[0]);
        PostalCode to = postalCode(lineNumber, "to", fields[1]);
        String board = fields[2].strip();
        if (board.isEmpty()) {
            throw new InvalidRoutingTableException(lineNumber, "board is empty");
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidRoutingTableException(lineNumber, "from " + from.value() + " is after to " + to.value());
        }
        return new Range(from, to, board);
    }

    private static PostalCode postalCode(int lineNumber, String field, String text) {
        try {
            return PostalCode.parse(text);
        } catch (InvalidPostalCodeException e) {
            throw new InvalidRoutingTableException(lineNumber, "'" + field + "' is not a postal code: " + text.strip());
        }
    }

    /** The board covering {@code code}, or empty if the code is unrouted. */
    public Optional<String> boardFor(PostalCode code) {
        Objects.requireNonNull(code, "code must not be null");
        int number = code.number();
        int index = Arrays.binarySearch(froms, number);
        if (index < 0) {
            index = -index - 2;
        }
        if (index >= 0 && number <= tos[index]) {
            return Optional.of(ranges.get(index).board());
        }
        return Optional.empty();
    }

    /** The names of every board in the table. */
    public Set<String> boards() {
        return boards;
    }

    /** The ranges, sorted by their first postal code. */
    public List<Range> ranges() {
        return ranges;
    }

    private record NumberedRange(int line, Range range) {
    }
}
