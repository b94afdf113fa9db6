package se.bokvar.rules.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV data files the services are configured with (the caseworker directory, the duty roster,
 * the alert mailboxes): '#' comments and blank lines skipped, the first
 * line is the header, fields may be quoted with '"' (to hold a comma).
 */
public final class Csv {

    /** One data line with its line number (for error messages). */
    public record Line(int number, List<String> fields) {
    }

    private Csv() {
    }

    /** Reads {@code location}: {@code classpath:/path} or a file path. */
    public static List<Line> read(String location, String expectedHeader) {
        try (Reader reader = open(location)) {
            return parse(reader, expectedHeader, location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    public static Reader open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            InputStream in = resource(location.substring("classpath:".length()));
            if (in == null) {
                throw new IOException("missing classpath resource " + location);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(location), StandardCharsets.UTF_8);
    }

    /** A classpath resource: the thread's context class loader (the application's, under Quarkus), else this one's. */
    private static InputStream resource(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(name);
        return in != null ? in : Csv.class.getClassLoader().getResourceAsStream(name);
    }

    public static List<Line> parse(Reader reader, String expectedHeader, String name) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<Line> out = new ArrayList<>();
        boolean header = true;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!text.replace(" ", "").equalsIgnoreCase(expectedHeader)) {
                    throw new IllegalArgumentException(name + " line " + number + ": expected the header " + expectedHeader);
                }
                continue;
            }
            out.add(new Line(number, split(text)));
        }
        return out;
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
