package se.bokvar.web.caseworker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The desk's Swedish words, from {@code labels/desk_sv.properties} (UTF-8): case-service's codes, refusal headings
 * and field names, kept in one file that someone who writes Swedish, not Java, can correct.
 */
final class SwedishText {

    private static final String FILE = "labels/desk_sv.properties";
    private static final Properties WORDS = load();

    private SwedishText() {
    }

    /** The word for {@code code} of a kind ("status", "step", ...); the code itself when there is none; "" for null. */
    static String of(String kind, String code) {
        if (code == null) {
            return "";
        }
        return WORDS.getProperty(kind + "." + code, code);
    }

    /** The word for {@code code} of a kind, or null when the file has none. */
    static String find(String kind, String code) {
        return code == null ? null : WORDS.getProperty(kind + "." + code);
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = SwedishText.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
