package se.bokvar.cases.app.stats;

import java.util.OptionalLong;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokvar.rules.statistics.SuppressedTable;

/**
 * A count as published: its {@code count}, or, when it is suppressed, no count and {@code suppressed} = "hidden".
 *
 * <p>A figure is only ever made from a value the statistics grid published ({@link Grid}), never from a raw count:
 * the grid hides every count of 1 to 4 and, beside them, the further counts from which one could be worked out
 * (complementary suppression). The marker does not say which of the two a hidden figure is: "a count of 1–4" on the
 * small ones and nothing on the others would point at the small one and narrow it down, so all hidden figures look
 * alike.
 */
@Schema(name = "Figure", description = "A count; when suppressed, no count and suppressed = \"hidden\": a count of 1 to 4,"
        + " or a count hidden so that one of 1 to 4 cannot be worked out from the published figures")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(Long count, String suppressed) {

    /** Counts 1 to {@code THRESHOLD - 1} are small. */
    public static final int THRESHOLD = SuppressedTable.DEFAULT_THRESHOLD;

    /** The marker of a suppressed figure. */
    public static final String HIDDEN = "hidden";

    private static final Figure SUPPRESSED = new Figure(null, HIDDEN);

    /** @param published a value of the grid: empty when the grid suppressed it */
    public static Figure of(OptionalLong published) {
        return published.isPresent() ? new Figure(published.getAsLong(), null) : SUPPRESSED;
    }

    public static Figure hidden() {
        return SUPPRESSED;
    }

    static boolean isHidden(Figure figure) {
        return figure.count() == null;
    }

    /** Whether an answer lists the figure: a hidden one always (its absence would read as 0), a count unless 0. */
    static boolean worthListing(Figure figure) {
        return figure.count() == null || figure.count() != 0;
    }

    /**
     * The share part/whole, rounded to three decimals: only when both counts are published (so the share tells
     * nothing the two counts do not) and the whole is not 0.
     */
    public static Double share(Figure part, Figure whole) {
        if (isHidden(part) || isHidden(whole) || whole.count() == 0) {
            return null;
        }
        return Math.round(1000.0 * part.count() / whole.count()) / 1000.0;
    }
}
