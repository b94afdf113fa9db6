package se.bokvar.web.caseworker.app;

import java.util.Map;

/**
 * The Swedish words for case-service's codes, as a caseworker reads them (the handbook's vocabulary). An unknown code
 * (case-service added one) is shown as it is rather than hidden.
 */
public final class Labels {

    private static final Map<String, String> ESCALATION = Map.of(
            "EARLY_WARNING", "Tidig varning",
            "RECTIFICATION_REQUEST", "Uppmaning att vidta rättelse",
            "TERMINATION_UNPAID_RENT", "Uppsägning för obetald hyra",
            "EVICTION", "Avhysning (Kronofogden)",
            "OTHER_SOURCE", "Uppgift från annan källa");

    private static final Map<String, String> DEADLINE = Map.of(
            "RECOVERY_PERIOD", "Återvinningsfrist",
            "PRE_ASSESSMENT", "Förhandsbedömning",
            "KFM_ACKNOWLEDGEMENT", "Kvittens till Kronofogden",
            "EVICTION", "Avhysning");

    private static final Map<String, String> DEADLINE_STATE = Map.of(
            "PENDING", "Pågår",
            "MET", "Uppfylld",
            "BREACHED", "Passerad",
            "NOT_APPLICABLE", "Gäller inte");

    private static final Map<String, String> STATUS = Map.of(
            "OPENED", "Aktualiserat",
            "PRE_ASSESSMENT", "Förhandsbedömning",
            "INVESTIGATION", "Utredning",
            "SUPPORT", "Insats",
            "FOLLOW_UP", "Uppföljning",
            "CLOSED", "Avslutat");

    private static final Map<String, String> STEP = Map.ofEntries(
            Map.entry("REGISTER_CHECK", "Kontroll av folkbokföring"),
            Map.entry("KNOWN_TO_OTHER_UNITS", "Känd inom andra enheter"),
            Map.entry("CONTACT_OTHER_ADMINISTRATION", "Kontakt med annan förvaltning"),
            Map.entry("LANDLORD_CONTACTED", "Kontakt med hyresvärden"),
            Map.entry("TENANT_CONTACT", "Kontakt med hyresgästen"),
            Map.entry("INVESTIGATION_OPENED", "Utredning inledd"),
            Map.entry("ACTION_PLAN", "Handlingsplan"),
            Map.entry("SUPPORT_DECIDED", "Beslut om insats"),
            Map.entry("INFORM_LANDLORD_PLANNED_SUPPORT", "Information till hyresvärden om planerad insats"),
            Map.entry("PAYMENT_COMMITMENT", "Betalningsförbindelse"),
            Map.entry("CHILDREN_CONVERSATION", "Samtal med föräldrarna om barnet"),
            Map.entry("EVICTION_ATTENDANCE", "Närvaro vid avhysningen"),
            Map.entry("CHILDREN_UNIT_ATTENDANCE", "Barn- och ungdomsenhetens närvaro vid avhysningen"),
            Map.entry("FOLLOW_UP", "Uppföljning"));

    private static final Map<String, String> CONTACT_METHOD = Map.of(
            "PHONE", "Telefon",
            "SMS", "Sms",
            "BOOKED_MEETING", "Bokat möte",
            "ANNOUNCED_HOME_VISIT", "Aviserat hembesök",
            "UNANNOUNCED_HOME_VISIT", "Oanmält hembesök",
            "LETTER", "Brev");

    private static final Map<String, String> SOURCE = Map.of(
            "LANDLORD", "Hyresvärd",
            "KRONOFOGDEN", "Kronofogden",
            "OTHER", "Annan källa",
            "CASEWORKER", "Handläggare");

    private static final Map<String, String> CHILDREN = Map.of(
            "YES", "Ja",
            "NO", "Nej",
            "UNKNOWN", "Okänt");

    private static final Map<String, String> ROLE = Map.of(
            "TENANT", "Hyresgäst",
            "CO_TENANT", "Medhyresgäst",
            "ADULT", "Vuxen",
            "CHILD", "Barn");

    private static final Map<String, String> TIMELINE = Map.ofEntries(
            Map.entry("CASE_OPENED", "Ärendet aktualiserades"),
            Map.entry("NOTICE_REGISTERED", "Underrättelse mottagen"),
            Map.entry("NOTICE_CORRECTED", "Underrättelse rättad"),
            Map.entry("NOTICE_WITHDRAWN", "Underrättelse återkallad"),
            Map.entry("POSITION_RECORDED", "Ställningstagande"),
            Map.entry("STEP_RECORDED", "Steg registrerat"),
            Map.entry("STEP_REFUSED", "Steg nekat"),
            Map.entry("ASSIGNED", "Handläggare tilldelad"),
            Map.entry("UNASSIGNED", "Handläggare borttagen"),
            Map.entry("ROUTED", "Flyttat till nämnd"),
            Map.entry("STATUS_CHANGED", "Ny status"),
            Map.entry("DEADLINE_NEAR", "Frist närmar sig"),
            Map.entry("DEADLINE_BREACHED", "Frist passerad"),
            Map.entry("RESPONSIBLE_NAMED", "Ansvarig handläggare meddelad Kronofogden"),
            Map.entry("ACKNOWLEDGEMENT_CONFIRMED", "Kvittens bekräftad av Kronofogden"),
            Map.entry("TENANT_LETTER_DISPATCHED", "Brev till hyresgästen skickat"),
            Map.entry("POSTPONEMENT_REQUESTED", "Begäran om anstånd"),
            Map.entry("PRE_ASSESSMENT_EXTENDED", "Förhandsbedömningen förlängd"),
            Map.entry("CHILDREN_AFFECTED", "Barn berörs"),
            Map.entry("TASK_DONE", "Uppgift klar"),
            Map.entry("EVICTION_UPDATED", "Avhysning uppdaterad"),
            Map.entry("LINKED_TO_PREVIOUS_CASE", "Kopplat till tidigare ärende"));

    private static final Map<String, String> APP_ROLE = Map.of(
            "caseworker", "handläggare",
            "supervisor", "arbetsledare",
            "auditor", "granskare");

    private static final Map<String, String> UNIT = Map.of(
            "adult", "vuxenenheten",
            "children", "barn- och ungdomsenheten");

    private Labels() {
    }

    public static String escalation(String code) {
        return label(ESCALATION, code);
    }

    public static String deadline(String code) {
        return label(DEADLINE, code);
    }

    public static String deadlineState(String code) {
        return label(DEADLINE_STATE, code);
    }

    public static String status(String code) {
        return label(STATUS, code);
    }

    public static String step(String code) {
        return label(STEP, code);
    }

    public static String contactMethod(String code) {
        return label(CONTACT_METHOD, code);
    }

    /** The notice's source; case-service writes it in lower case ("landlord"). */
    public static String source(String code) {
        return label(SOURCE, code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
    }

    public static String children(String code) {
        return label(CHILDREN, code);
    }

    public static String personRole(String code) {
        return label(ROLE, code);
    }

    public static String timeline(String code) {
        return label(TIMELINE, code);
    }

    public static String appRole(String code) {
        return label(APP_ROLE, code);
    }

    public static String unit(String code) {
        return label(UNIT, code);
    }

    /** A board's name as written ("nordost" → "Nordost"). */
    public static String board(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return switch (code) {
            case "sydvast" -> "Sydväst";
            default -> Character.toUpperCase(code.charAt(0)) + code.substring(1);
        };
    }

    private static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }
}
