package se.bokvar.web.caseworker.app.alert;

/**
 * The menu's badge for the alerts, "Aviseringar (2 nya)", and what a screen reader is told when it grows while a page
 * is open ("1 ny avisering"). The page keeps the count it shows in the badge's own request, so nothing is stored.
 */
public final class AlertBadge {

    /** The link's text when the page is the alert list itself, or nothing is new. */
    public static final String PLAIN = "Aviseringar";

    private AlertBadge() {
    }

    /** The link's text for {@code fresh} alerts since the user last opened the list. */
    public static String label(long fresh) {
        if (fresh <= 0) {
            return PLAIN;
        }
        return PLAIN + " (" + fresh + (fresh == 1 ? " ny)" : " nya)");
    }

    /**
     * What the polite live region says when the badge went from {@code shown} to {@code fresh}: how many came, or
     * nothing (also when it shrank, or the page's count is unknown: {@code shown} negative).
     */
    public static String announcement(long shown, long fresh) {
        if (shown < 0 || fresh <= shown) {
            return "";
        }
        long more = fresh - shown;
        return more == 1 ? "1 ny avisering" : more + " nya aviseringar";
    }

    /** The count a page says it shows (digits only, at most six); anything else is unknown (-1). */
    public static long shown(String value) {
        if (value == null || value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(value);
    }
}
