package se.bokvar.web.caseworker.app;

/**
 * The Swedish words for case-service's codes, as a caseworker reads them (the handbook's vocabulary; the words are in
 * {@code labels/desk_sv.properties}). An unknown code (case-service added one) is shown as it is rather than hidden.
 */
public final class Labels {

    private Labels() {
    }

    public static String escalation(String code) {
        return SwedishText.of("escalation", code);
    }

    public static String deadline(String code) {
        return SwedishText.of("deadline", code);
    }

    public static String deadlineState(String code) {
        return SwedishText.of("deadline-state", code);
    }

    public static String status(String code) {
        return SwedishText.of("status", code);
    }

    public static String step(String code) {
        return SwedishText.of("step", code);
    }

    public static String contactMethod(String code) {
        return SwedishText.of("contact-method", code);
    }

    /** The notice's source; case-service writes it in lower case ("landlord"). */
    public static String source(String code) {
        return SwedishText.of("source", code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
    }

    public static String children(String code) {
        return SwedishText.of("children", code);
    }

    public static String personRole(String code) {
        return SwedishText.of("person-role", code);
    }

    public static String timeline(String code) {
        return SwedishText.of("timeline", code);
    }

    /** How a case ended (legal-rules Outcome). */
    public static String outcome(String code) {
        return SwedishText.of("outcome", code);
    }

    /** How an eviction was averted (legal-rules Outcome.AvertedBy). */
    public static String avertedBy(String code) {
        return SwedishText.of("averted-by", code);
    }

    /** A task for another unit. */
    public static String task(String code) {
        return SwedishText.of("task", code);
    }

    public static String appRole(String code) {
        return SwedishText.of("app-role", code);
    }

    public static String unit(String code) {
        return SwedishText.of("unit", code == null ? null : code.toLowerCase(java.util.Locale.ROOT));
    }

    /** A board's name as written ("nordost" → "Nordost"; one the file does not know: capitalised). */
    public static String board(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String word = SwedishText.find("board", code);
        return word != null ? word : Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** An action of the audit trail ("case.read"). */
    public static String auditAction(String code) {
        return SwedishText.of("audit-action", code);
    }

    /** What an audit record names ("case", "person"). */
    public static String resourceType(String code) {
        return SwedishText.of("resource-type", code);
    }
}
