package se.bokvar.testsupport.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Hostile text drawn by Unicode category and by shape, for every text field of every write endpoint (issue 12):
 * strings nobody on the team would type, made from the categories Unicode defines rather than from a hand-picked
 * list. Each {@link Shape} draws from a seeded {@link Random}, so a case is reproducible from its seed; the sweep in
 * {@link SecuritySuite} sends at least one string of every shape into every field, and {@code ./bokvar fuzz} sends
 * many more with random seeds (docs/security-tests.md). Cases a fuzz run found become {@link #FOUND} and are sent in
 * every build.
 */
public final class HostileText {

    /** A category or shape of text. */
    public enum Shape {
        /** Only punctuation (Unicode P*): {@code .}, {@code -,}, {@code ¿}, {@code 「」}. */
        PUNCTUATION,
        /** Only symbols (S*): math, currency, modifier and other symbols. */
        SYMBOLS,
        /** Only decimal digits (Nd) of any script: ASCII, Arabic-Indic, fullwidth, Devanagari ... */
        DIGITS,
        /** Only other numbers (No, Nl): superscripts, fractions such as ⅛, circled and Roman numerals. */
        OTHER_NUMBERS,
        /** Only whitespace of every kind: Zs, Zl, Zp, tab, line breaks, NEL. */
        WHITESPACE,
        /** Combining marks alone (Mn, Mc, Me), with no base letter. */
        COMBINING_MARKS,
        /** Zero-width and bidi controls, and other format characters (Cf). */
        FORMAT_AND_BIDI,
        /** Emoji (with ZWJ sequences and skin tones) and other characters outside the BMP (surrogate pairs). */
        EMOJI_AND_ASTRAL,
        /** Compatibility forms that NFKC folds: fullwidth letters, ligatures, circled letters, ℌ, ㍿. */
        COMPATIBILITY_FORMS,
        /** Text whose length changes under NFC/NFD, NFKC or upper case: ß, ŉ, ﬃ, İ, decomposed letters. */
        LENGTH_CHANGING,
        /** SQL, HTML, JSON, shell, LIKE and regex metacharacters. */
        METACHARACTERS,
        /** Format strings and template syntax of many languages. */
        FORMAT_STRINGS,
        /** C0 and C1 controls, noncharacters, private use, unassigned code points. */
        CONTROLS_AND_NONCHARACTERS,
        /** Letters up to exactly the field's maximum length (in UTF-16 units, as the API counts). */
        AT_MAXIMUM,
        /** One past the maximum, and far past it. */
        PAST_MAXIMUM,
        /** At the maximum in UTF-16 units but made of characters outside the BMP, or growing under NFKC. */
        MAXIMUM_BY_OTHER_MEASURES,
        /** Plausible text carrying hostile parts: a service must accept it and read it back unchanged. */
        PLAUSIBLE_WITH_HOSTILE_PARTS,
        /** Mixed scripts and right-to-left text with letters. */
        MIXED_SCRIPTS
    }

    /** Strings earlier runs (issue reports, {@code ./bokvar fuzz}) found; sent into every text field in every build. */
    public static final List<String> FOUND = List.of(".", "-,", "\\", "<>?:\"{}|_+", "⅛⅜⅝⅞", "⁰⁴⁵", "\u2003", "\u0301",
            "\u200B\u200D", "\uD83C\uDFE0");

    private static final int MAX_CODE_POINT_SCAN = 0x3FFFF;
    private static volatile int[][] byShape;

    private HostileText() {
    }

    /**
     * One string of {@code shape}.
     *
     * @param maxLength the field's documented maximum length (UTF-16 units), or a default when it has none
     */
    public static String draw(Shape shape, Random random, int maxLength) {
        int max = Math.max(1, maxLength);
        return switch (shape) {
            case PUNCTUATION, SYMBOLS, DIGITS, OTHER_NUMBERS, COMBINING_MARKS, FORMAT_AND_BIDI, COMPATIBILITY_FORMS,
                    LENGTH_CHANGING -> fromCategory(shape, random, 1 + random.nextInt(Math.min(8, max)));
            case WHITESPACE -> whitespace(random, 1 + random.nextInt(Math.min(6, max)));
            case EMOJI_AND_ASTRAL -> pick(random, List.of("\uD83D\uDE00", "\uD83C\uDFE0\uD83D\uDD11",
                    "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDC4D\uD83C\uDFFD", "\uD835\uDD18\uD835\uDD2B",
                    "\uD840\uDC00\uD840\uDC01", "\uD83C\uDDF8\uD83C\uDDEA", "\uDB40\uDC01\uDB40\uDC74"))
                    + (random.nextBoolean() ? "" : "\uD83D\uDE00");
            case METACHARACTERS -> pick(random, List.of("'; drop table notice; --", "\" OR \"1\"=\"1", "') or ('a'='a",
                    "%_%", "\\'", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&lt;&amp;&#x27;",
                    "\"}],\"x\":{\"", "\\\"\\u0000", "$(id)", "`id`", "; rm -rf / #", "| cat /etc/passwd", "&& exit 1",
                    "../../etc/passwd", ".*+?^${}()|[]\\", "-- /* */ #", "\\N", "NULL", "E'\\x00'"));
            case FORMAT_STRINGS -> pick(random, List.of("%s%s%s", "%n%n", "%x %p", "%1$s", "{0}{1}", "${jndi:ldap://127.0.0.1:1/a}",
                    "#{7*7}", "{{7*7}}", "%(name)s", "{name!r}", "$name", "@{x}", "<%= 7*7 %>", "%%", "%-999999999s"));
            case CONTROLS_AND_NONCHARACTERS -> fromCategory(shape, random, 1 + random.nextInt(Math.min(4, max)));
            case AT_MAXIMUM -> letters(random, max);
            case PAST_MAXIMUM -> letters(random, random.nextBoolean() ? max + 1 : max * 10 + 1);
            case MAXIMUM_BY_OTHER_MEASURES -> random.nextBoolean()
                    // max UTF-16 units as surrogate pairs: max/2 code points, each two units and four UTF-8 bytes
                    ? "\uD835\uDD18".repeat(max / 2) + (max % 2 == 1 ? "a" : "")
                    // max units that NFKC triples: ﬃ is one unit, "ffi" three
                    : "\uFB03".repeat(max);
            case PLAUSIBLE_WITH_HOSTILE_PARTS -> cut(pick(random, List.of("Exempelgatan 12 <b>'--", "Maria \"Mia\" O'Brien",
                    "Åsa Öberg-Ängström", "Gatan 1; DROP TABLE x", "Storg. 5 \u202Eb\u202C", "Ref #%s {0} ${x}",
                    "Nils\u00A0Holgersson", "Zoë Ⅳ ﬁ", "Gata 7 \uD83C\uDFE0", "Ålandsgatan 3 & 5", "a\\b\\\\c")), max);
            case MIXED_SCRIPTS -> cut(pick(random, List.of("Göteborg مرحبا", "שלום Malmö", "Ζεύς Anna", "ジャパン 12",
                    "Кирилл 3", "ABC\u0627\u0644\u0639", "Ι\u0307stanbul")), max);
        };
    }

    /** {@code text} cut to at most {@code max} UTF-16 units, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String letters(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖéü";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String whitespace(Random random, int length) {
        int[] spaces = codePoints(Shape.WHITESPACE);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(spaces[random.nextInt(spaces.length)]);
        }
        return out.toString();
    }

    private static String fromCategory(Shape shape, Random random, int length) {
        int[] pool = codePoints(shape);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return out.toString();
    }

    /** The code points a shape draws from (computed once from the JDK's Unicode tables). */
    static int[] codePoints(Shape shape) {
        int[][] table = byShape;
        if (table == null) {
            synchronized (HostileText.class) {
                if (byShape == null) {
                    byShape = scan();
                }
                table = byShape;
            }
        }
        int[] pool = table[shape.ordinal()];
        if (pool == null || pool.length == 0) {
            throw new IllegalArgumentException(shape + " is not drawn from a category");
        }
        return pool;
    }

    private static int[][] scan() {
        int[][] out = new int[Shape.values().length][];
        out[Shape.PUNCTUATION.ordinal()] = matching(c -> switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        });
        out[Shape.SYMBOLS.ordinal()] = matching(c -> switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        });
        out[Shape.DIGITS.ordinal()] = matching(c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
        out[Shape.OTHER_NUMBERS.ordinal()] = matching(c -> Character.getType(c) == Character.OTHER_NUMBER
                || Character.getType(c) == Character.LETTER_NUMBER);
        out[Shape.WHITESPACE.ordinal()] = matching(c -> c == '\t' || c == '\n' || c == '\r' || c == 0x85
                || Character.getType(c) == Character.SPACE_SEPARATOR || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
        out[Shape.COMBINING_MARKS.ordinal()] = matching(c -> Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK);
        out[Shape.FORMAT_AND_BIDI.ordinal()] = matching(c -> Character.getType(c) == Character.FORMAT);
        out[Shape.COMPATIBILITY_FORMS.ordinal()] = matching(c -> {
            String s = new String(Character.toChars(c));
            return Character.isLetterOrDigit(c) && !Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s);
        });
        out[Shape.LENGTH_CHANGING.ordinal()] = matching(c -> {
            String s = new String(Character.toChars(c));
            return Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.SURROGATE
                    && (s.toUpperCase(Locale.ROOT).length() != s.length() || s.toLowerCase(Locale.ROOT).length() != s.length()
                            || Normalizer.normalize(s, Normalizer.Form.NFD).length() != s.length()
                            || Normalizer.normalize(s, Normalizer.Form.NFKC).length() != s.length());
        });
        out[Shape.CONTROLS_AND_NONCHARACTERS.ordinal()] = matching(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED && c < 0x30000
                || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE);
        return out;
    }

    private static int[] matching(IntPredicate p) {
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c <= MAX_CODE_POINT_SCAN; c++) {
            if (Character.getType(c) != Character.SURROGATE && p.test(c)) {
                found.add(c);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
