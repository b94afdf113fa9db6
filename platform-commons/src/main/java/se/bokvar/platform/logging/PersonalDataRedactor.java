package se.bokvar.platform.logging;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a Swedish personal identity number (personnummer or samordningsnummer, 10 or 12
 * digits, with or without {@code -}/{@code +}) in text bound for logs. Deliberately over-eager: a ten-digit phone
 * number is masked too, which costs nothing.
 */
public final class PersonalDataRedactor {

    /** YYMMDD or YYYYMMDD, optional separator, four digits; not part of a longer digit run. */
    public static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])");

    public static final String MASK = "[personnummer]";

    private PersonalDataRedactor() {
    }

    public static boolean containsPersonalIdentityNumber(String text) {
        return text != null && PERSONAL_IDENTITY_NUMBER.matcher(text).find();
    }

    public static String redact(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        return PERSONAL_IDENTITY_NUMBER.matcher(text).replaceAll(MASK);
    }
}
