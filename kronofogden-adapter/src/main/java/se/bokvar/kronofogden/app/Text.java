package se.bokvar.kronofogden.app;

/** Text as the adapter keeps it. */
public final class Text {

    private Text() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
