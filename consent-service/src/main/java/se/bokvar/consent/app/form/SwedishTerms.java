package se.bokvar.consent.app.form;

import java.util.Locale;
import java.util.Map;

import se.bokvar.consent.app.ConsentScope;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

/** The consent vocabulary in plain Swedish, as the person reads it on the form. */
public final class SwedishTerms {

    private static final Map<String, String> BOARDS = Map.of("nordost", "Nordost", "centrum", "Centrum", "hisingen",
            "Hisingen", "sydvast", "Sydväst");

    private static final Map<String, String> ADMINISTRATIONS = Map.of(
            "elderly-care", "Äldreomsorgen (äldre samt vård- och omsorgsförvaltningen)",
            "disability-support", "Funktionsstödsförvaltningen (stöd till personer med funktionsnedsättning)",
            "addiction-care", "Missbruks- och beroendevården",
            "psychiatry", "Psykiatrin",
            "school", "Skolan (grundskole- eller utbildningsförvaltningen)");

    private SwedishTerms() {
    }

    /** "Socialnämnden Nordost". */
    public static String board(String board) {
        if (board == null || board.isBlank()) {
            return "Socialnämnden";
        }
        String name = BOARDS.get(board);
        if (name == null) {
            name = board.substring(0, 1).toUpperCase(Locale.ROOT) + board.substring(1);
        }
        return "Socialnämnden " + name;
    }

    public static String party(ConsentScope.NamedParty p) {
        return switch (p.kind()) {
            case LANDLORD -> "Hyresvärden " + (p.name() != null ? p.name() + " (" + p.id() + ")" : p.id());
            case OTHER_ADMINISTRATION -> "other".equals(p.id()) ? "Annan förvaltning: " + p.name()
                    : ADMINISTRATIONS.getOrDefault(p.id(), p.id()) + (p.name() != null ? " – " + p.name() : "");
            case BUDGET_DEBT_COUNSELLING -> "Budget- och skuldrådgivningen" + (p.name() != null ? " – " + p.name() : "");
            case KRONOFOGDEN -> "Kronofogden (Kronofogdemyndigheten)";
            case NAMED_PARTY -> p.name() + " (annan namngiven person eller organisation)";
        };
    }

    public static String purpose(Purpose purpose, String other) {
        return switch (purpose) {
            case INFORM_PLANNED_SUPPORT -> "Berätta om det stöd som socialtjänsten planerar eller ger dig";
            case PAYMENT_COMMITMENT -> "Skicka en skriftlig betalningsförbindelse till hyresvärden, det vill säga ett"
                    + " åtagande från socialnämnden att betala hyresskulden så att du kan bo kvar";
            case CONTACT_ADMINISTRATION -> "Kontakta en annan förvaltning, till exempel för att ansöka om stöd därifrån tillsammans med dig";
            case FOLLOW_UP -> "Följa upp hur det går för dig efter att en avhysning har kunnat undvikas";
            case CONTACT_LANDLORD -> "Kontakta hyresvärden i ett ärende som hyresvärden inte själv har anmält till socialtjänsten";
            case REQUEST_POSTPONEMENT -> "Begära hos Kronofogden att avhysningen skjuts upp (anstånd med verkställighet),"
                    + " med en beskrivning av din och ditt hushålls situation";
            case OTHER -> "Annat: " + other;
        };
    }

    public static String category(Category category, String other) {
        return switch (category) {
            case PLANNED_SUPPORT -> "Vilket stöd socialtjänsten planerar eller ger dig";
            case PAYMENT_COMMITMENT -> "Betalningsförbindelsen: att socialnämnden åtar sig att betala hyresskulden, och med vilket belopp";
            case CASE_STATUS -> "Att du har kontakt med socialtjänsten och hur ditt ärende går";
            case CONTACT_DETAILS -> "Dina kontaktuppgifter";
            case FINANCIAL_SITUATION -> "Din ekonomiska situation (inkomster, skulder, ekonomiskt bistånd)";
            case HOUSEHOLD_SITUATION -> "Ditt hushålls situation (vilka som bor i bostaden, barn)";
            case HEALTH -> "Din hälsa eller funktionsnedsättning";
            case OTHER -> "Annat: " + other;
        };
    }

    /** {@code 19850315-2384}. */
    public static String personalIdentityNumber(String canonical) {
        return canonical.length() == 12 ? canonical.substring(0, 8) + "-" + canonical.substring(8) : canonical;
    }
}
