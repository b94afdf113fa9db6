package se.bokvar.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data and credentials in text bound for logs: anything that looks like a Swedish personal identity
 * number (personnummer or samordningsnummer, 10 or 12 digits, with or without {@code -}/{@code +}), bearer tokens
 * (a JWT carries the caller's name, e-mail and roles, and is a credential while it lives) and the claims the token
 * verifier quotes when it refuses a token ({@code JWT (claims->{…}) rejected …}). Deliberately over-eager: a ten-digit
 * phone number is masked too, which costs nothing.
 */
public final class PersonalDataRedactor {

    /** YYMMDD or YYYYMMDD, optional separator, four digits; not part of a longer digit run. */
    public static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])");

    /**
     * A UUID (ids of notices, cases, events) or a personnummer: a UUID whose first groups happen to be all digits
     * ({@code 19521064-1234-…}, about one in three hundred) looks like a personnummer but is kept as it is.
     */
    static final Pattern UUID_OR_PERSONAL_IDENTITY_NUMBER = Pattern.compile(
            "(?<uuid>(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f]))"
                    + "|" + PERSONAL_IDENTITY_NUMBER.pattern());

    /** A compact JWS/JWT: base64url header starting {@code {"}, payload, signature. */
    static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

    /** The claims jose4j quotes in a refusal: {@code claims->{...})}. */
    static final Pattern CLAIMS = Pattern.compile("claims->\\{.*?\\}\\)", Pattern.DOTALL);

    public static final String MASK = "[personnummer]";
    public static final String TOKEN_MASK = "[token]";

    private PersonalDataRedactor() {
    }

    /** Whether the text holds anything {@link #redact} would mask. */
    public static boolean containsPersonalData(String text) {
        return text != null && (hasPersonalIdentityNumber(text) || text.contains("eyJ")
                && TOKEN.matcher(text).find() || text.contains("claims->") && CLAIMS.matcher(text).find());
    }

    public static String redact(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        String out = text;
        if (out.contains("claims->")) {
            out = CLAIMS.matcher(out).replaceAll("claims->[claims])");
        }
        if (out.contains("eyJ")) {
            out = TOKEN.matcher(out).replaceAll(TOKEN_MASK);
        }
        return UUID_OR_PERSONAL_IDENTITY_NUMBER.matcher(out)
                .replaceAll(m -> m.group(1) != null ? Matcher.quoteReplacement(m.group()) : MASK); // group 1: the uuid
    }

    private static boolean hasPersonalIdentityNumber(String text) {
        Matcher m = UUID_OR_PERSONAL_IDENTITY_NUMBER.matcher(text);
        while (m.find()) {
            if (m.group("uuid") == null) {
                return true;
            }
        }
        return false;
    }
}
