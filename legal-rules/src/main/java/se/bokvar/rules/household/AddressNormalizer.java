package se.bokvar.rules.household;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalises a street address (or a flat number) so that the same address typed with different case, spacing or
 * punctuation gives the same text, and so the same key. The steps, in order:
 *
 * <ol>
 *   <li>Unicode NFC, so a composed and a decomposed "ö" are the same letter;</li>
 *   <li>every character that is neither a letter nor a digit becomes a space (punctuation such as {@code . , - /}
 *       separates like a space);</li>
 *   <li>upper case in the Swedish locale;</li>
 *   <li>runs of whitespace collapse to one space, and the ends are trimmed;</li>
 *   <li>Unicode NFC again, since upper-casing can decompose a letter (Greek {@code ΐ} becomes {@code Ϊ́}): so the
 *       result is a fixed point, and normalising it again changes nothing.</li>
 * </ol>
 *
 * <p>Nothing else: abbreviations are not expanded ({@code Storg.} stays {@code STORG}) and the letters å, ä, ö
 * are kept. {@code "Storgatan 12 B"} and {@code "storgatan 12b"} therefore stay different.
 *
 * <p>Both methods are total: they answer for every string (any Unicode, unpaired surrogates included) and never
 * throw except for null. Text that has no letter or digit ({@link #hasLetterOrDigit} false) cannot name a street,
 * a flat, a person or a reference: the services refuse it at their edge with a 400 naming the field, before any key
 * is computed from it.
 */
public final class AddressNormalizer {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");

    private AddressNormalizer() {
    }

    /**
     * The normalised form of {@code text}, e.g. {@code "  storgatan  12, b "} → {@code "STORGATAN 12 B"}; an empty
     * string if nothing but punctuation and whitespace remains.
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String upper = NOT_LETTER_OR_DIGIT.matcher(composed).replaceAll(" ").toUpperCase(SWEDISH).strip();
        return Normalizer.normalize(upper, Normalizer.Form.NFC);
    }

    /**
     * True if {@code text} has at least one letter (Unicode category L) or decimal digit (Nd) once composed (NFC):
     * the least a street, flat number, name or reference must have. Punctuation, symbols, spaces of every kind,
     * combining marks alone, other numbers (superscripts, fractions such as ⅛), format and control characters do not
     * count. Whatever passes normalises to something non-empty ({@link #normalize}), so keys can be computed from it.
     */
    public static boolean hasLetterOrDigit(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.codePoints().anyMatch(c -> Character.isLetter(c) || Character.isDigit(c));
    }
}
