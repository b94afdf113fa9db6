package se.bokvar.rules.routing;

import java.util.Objects;
import java.util.regex.Pattern;

/** Postnummer: a Swedish postal code, five digits with the first 1–9, written {@code 41101} or {@code 411 01}. */
public final class PostalCode implements Comparable<PostalCode> {

    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{2}) ?([0-9]{2})");

    private final String value;

    private PostalCode(String value) {
        this.value = value;
    }

    /**
     * Parses {@code 41101} or {@code 411 01} (one space after the third digit); surrounding whitespace is ignored.
     *
     * @throws InvalidPostalCodeException if it is not a Swedish postal code
     * @throws NullPointerException       if {@code input} is null
     */
    public static PostalCode parse(String input) {
        Objects.requireNonNull(input, "postal code must not be null");
        var matcher = SHAPE.matcher(input.strip());
        if (!matcher.matches()) {
            throw new InvalidPostalCodeException();
        }
        return new PostalCode(matcher.group(1) + matcher.group(2));
    }

    /** Whether {@code input} is a postal code {@link #parse} accepts; {@code null} is not. */
    public static boolean isValid(String input) {
        return input != null && SHAPE.matcher(input.strip()).matches();
    }

    /** The five digits, e.g. {@code 41101}. */
    public String value() {
        return value;
    }

    /** The usual written form, e.g. {@code 411 01}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    /** The code as a number, 10000–99999 (used for range look-ups). */
    int number() {
        return Integer.parseInt(value);
    }

    @Override
    public int compareTo(PostalCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalCode && value.equals(((PostalCode) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@linkplain #formatted() written form}, e.g. {@code 411 01}. */
    @Override
    public String toString() {
        return formatted();
    }
}
