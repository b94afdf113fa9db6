package se.bokvar.cases.app.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A count that leaves nobody identifiable: counts of 1 to 4 are suppressed ({@code count} null, {@code suppressed}
 * "<5"); 0 and 5 or more are shown.
 */
@Schema(name = "Figure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(Long count, String suppressed) {

    public static final int THRESHOLD = 5;

    public static Figure of(long count) {
        return count > 0 && count < THRESHOLD ? new Figure(null, "<" + THRESHOLD) : new Figure(count, null);
    }

    /** A share numerator/denominator, shown only when neither the part, its complement nor the whole is 1–4. */
    public static Double share(long part, long whole) {
        if (whole == 0 || isSmall(part) || isSmall(whole) || isSmall(whole - part)) {
            return null;
        }
        return Math.round(1000.0 * part / whole) / 1000.0;
    }

    static boolean isSmall(long n) {
        return n > 0 && n < THRESHOLD;
    }
}
