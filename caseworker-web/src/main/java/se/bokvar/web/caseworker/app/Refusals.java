package se.bokvar.web.caseworker.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.bokvar.web.caseworker.store.CaseJson;

/**
 * Turns case-service's problem details (RFC 9457: a stable {@code type}, a {@code detail}, the fields at fault) into
 * Swedish for the caseworker. The rules themselves stay in case-service and legal-rules: this only translates their
 * known messages; a message it does not know is shown in the service's own words, never dropped.
 */
public final class Refusals {

    private static final String BASE = "https://bokvar.se/problems/";

    private record Rule(Pattern pattern, String swedish) {
    }

    /** Known messages of legal-rules (StepRules, Outcome) and of the validation, with their Swedish form. */
    private static final List<Rule> MESSAGES = List.of(
            new Rule(Pattern.compile("the case is closed: no steps can be recorded on it"),
                    "Ärendet är avslutat: inga steg kan registreras."),
            new Rule(Pattern.compile("([A-Z_]+) is an investigative step or individual support: it needs an opened"
                    + " investigation .*; the case is in ([A-Z_]+)"),
                    "”{1}” är ett utredningssteg eller en insats och kräver att en utredning är inledd (steget ”Utredning"
                            + " inledd”, med den vuxnes samtycke). Ärendet är i läget {2}."),
            new Rule(Pattern.compile("an investigation follows a pre-assessment: record a position OPEN_PRE_ASSESSMENT on a notice first"),
                    "En utredning följer på en förhandsbedömning: registrera först ställningstagandet ”inled"
                            + " förhandsbedömning” på en underrättelse."),
            new Rule(Pattern.compile("the investigation is already open \\(the case is in ([A-Z_]+)\\)"),
                    "Utredningen är redan inledd (ärendet är i läget {1})."),
            new Rule(Pattern.compile("a follow-up comes after support was decided; the case is in ([A-Z_]+)"),
                    "Uppföljning kommer efter ett beslut om insats; ärendet är i läget {1}."),
            new Rule(Pattern.compile("an investigation cannot be opened against an adult's will: record the adult's agreement"),
                    "En utredning kan inte inledas mot den vuxnes vilja: registrera att den vuxne samtycker."),
            new Rule(Pattern.compile("an unannounced home visit needs at least (\\d+) earlier recorded attempts that failed; (\\d+) recorded"),
                    "Ett oanmält hembesök kräver minst {1} tidigare registrerade kontaktförsök som inte nådde fram;"
                            + " {2} är registrerade."),
            new Rule(Pattern.compile("an unannounced home visit needs a recorded case-by-case assessment"),
                    "Ett oanmält hembesök kräver en registrerad bedömning i det enskilda fallet."),
            new Rule(Pattern.compile("an unannounced home visit may only be made to inform and offer support.*"),
                    "Ett oanmält hembesök får bara göras för att informera och erbjuda stöd."),
            new Rule(Pattern.compile("The case is already closed\\."), "Ärendet är redan avslutat."),
            new Rule(Pattern.compile("([A-Z_]+) \\S+ is not recorded"), "”{1}” är inte registrerat."),
            new Rule(Pattern.compile("Required steps are outstanding: .*"),
                    "Steg som handboken kräver är inte registrerade (se listan under Steg som krävs)."),
            new Rule(Pattern.compile("belongs to the outcome EVICTION_AVERTED only"),
                    "hör bara till utfallet ”Avhysningen avvärjd”."),
            new Rule(Pattern.compile("is not a board of the routing table.*"), "finns inte bland kommunens nämnder."),
            new Rule(Pattern.compile("The case already belongs to \\S+\\."), "Ärendet hör redan till den nämnden."),
            new Rule(Pattern.compile("must not be before from"), "får inte vara före från-månaden."),
            new Rule(Pattern.compile("the period is at most three years"), "perioden får vara högst tre år."),
            new Rule(Pattern.compile("your token names no board.*"),
                    "ditt konto hör inte till någon nämnd: välj hela kommunen."),
            new Rule(Pattern.compile("must be a month YYYY-MM"), "ange en månad (åååå-mm)."),
            new Rule(Pattern.compile("(is not|must be) a valid personnummer or samordningsnummer.*"),
                    "är inte ett giltigt personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN)."),
            new Rule(Pattern.compile("size must be between (\\d+) and (\\d+)"), "ska vara mellan {1} och {2} tecken."),
            // a disclosing step case-service refused because consent-service did not allow it (403 consent-required)
            new Rule(Pattern.compile("([A-Z_]+) was not done: .*withdrawn on .*"), "”{1}” gjordes inte: samtycket är"
                    + " återkallat för detta. Ingenting lämnades ut; det nekade försöket är registrerat i ärendet."),
            new Rule(Pattern.compile("([A-Z_]+) was not done: .* but ended on .*"), "”{1}” gjordes inte: samtycket har"
                    + " upphört att gälla. Ingenting lämnades ut; det nekade försöket är registrerat i ärendet."),
            new Rule(Pattern.compile("([A-Z_]+) was not done: consent-service did not answer.*"), "”{1}” gjordes inte:"
                    + " samtycket kunde inte kontrolleras, eftersom samtyckestjänsten inte svarade. Ingenting lämnades"
                    + " ut och steget är inte registrerat som gjort; det nekade försöket är registrerat i ärendet."),
            // a postponement request case-service refused for the same reasons: nothing reached Kronofogden
            new Rule(Pattern.compile("The postponement request was not sent to Kronofogden: consent-service did not answer.*"),
                    "Begäran om anstånd skickades inte: samtycket kunde inte kontrolleras, eftersom samtyckestjänsten inte"
                            + " svarade. Ingenting lämnades ut till Kronofogden; försöket är registrerat i ärendets tidslinje."),
            new Rule(Pattern.compile("The postponement request was not sent to Kronofogden: .*"),
                    "Begäran om anstånd skickades inte: inget samtycke eller annat lagstöd täcker att Kronofogden får"
                            + " uppgifter om hushållets situation (vid sjukdom: om hälsa). Registrera samtycket under"
                            + " Samtycke först. Ingenting lämnades ut; försöket är registrerat i ärendets tidslinje."),
            new Rule(Pattern.compile("The database is not reachable right now; nothing was changed\\..*"),
                    "Ärendetjänsten når inte sin databas just nu; ingenting har ändrats."),
            new Rule(Pattern.compile("The identity provider could not verify the token right now.*"),
                    "Inloggningstjänsten kunde inte bekräfta din inloggning just nu; ingenting har ändrats."),
            new Rule(Pattern.compile("Your unit may not .+ on this case\\."),
                    "Din enhet får inte göra detta i ärendet (bara vuxenenheten i ärendets nämnd och dess arbetsledare)."),
            new Rule(Pattern.compile("The case is closed; a new notice opens a new case\\."),
                    "Ärendet är avslutat; en ny underrättelse öppnar ett nytt ärende."),
            new Rule(Pattern.compile("([A-Z_]+) was not done: .*"), "”{1}” gjordes inte: inget samtycke eller annat"
                    + " lagstöd täcker mottagaren, syftet och uppgifterna. Ingenting lämnades ut; det nekade försöket är"
                    + " registrerat i ärendet."),
            // consent-service's refusals (the Samtycke page)
            new Rule(Pattern.compile("The change was prepared from version (\\d+) but the consent is at version (\\d+).*"),
                    "Samtycket har ändrats sedan sidan visades (version {1}, nu version {2}): läs sidan igen."),
            new Rule(Pattern.compile(".*withdrew the consent wholly.*|.*wholly withdrawn.*"),
                    "Samtycket är helt återkallat och kan inte ändras: registrera ett nytt samtycke."),
            new Rule(Pattern.compile("(is not one of the case's persons|The person is not one of this case's persons).*"),
                    "personen hör inte till ärendets hushåll."),
            new Rule(Pattern.compile("name at least one party, purpose or category to withdraw, or withdraw wholly"),
                    "kryssa i minst en mottagare, ett syfte eller en uppgift att återkalla, eller återkalla helt."),
            new Rule(Pattern.compile("is not covered by the current version"), "omfattas inte av samtycket nu."),
            new Rule(Pattern.compile("must not be before the day the current version was given"),
                    "får inte vara före dagen då den nuvarande versionen lämnades."),
            new Rule(Pattern.compile("(is required|must not be null|must not be blank|must not be empty|is missing).*"),
                    "måste fyllas i."));

    private Refusals() {
    }

    /** The Swedish form of case-service's problem. */
    public static Refusal of(CaseJson.Problem problem) {
        String slug = slug(problem.type());
        String heading = SwedishText.of("refusal", SwedishText.find("refusal", slug) == null ? "default" : slug);
        List<String> reasons = new ArrayList<>();
        List<CaseJson.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        for (CaseJson.FieldError e : errors) {
            reasons.add(reason(e.field(), e.message()));
        }
        if (reasons.isEmpty() && problem.detail() != null) {
            reasons.add(message(problem.detail()));
        }
        return new Refusal(heading, List.copyOf(reasons), problem.detail(), problem.type());
    }

    /**
     * The Swedish form of consent-service's problem (the Samtycke page): its own headings, the same known messages,
     * and an unknown message marked as consent-service's words.
     */
    public static Refusal ofConsent(CaseJson.Problem problem) {
        Refusal r = of(problem);
        String slug = slug(problem.type());
        String heading = SwedishText.of("consent-refusal", SwedishText.find("consent-refusal", slug) == null ? "default" : slug);
        List<String> reasons = r.reasons().stream()
                .map(s -> s.replace("(ärendetjänstens förklaring på engelska)", "(samtyckestjänstens förklaring på engelska)"))
                .toList();
        return new Refusal(heading, reasons, r.serviceText(), r.type());
    }

    static String reason(String field, String message) {
        String label = field == null ? null : SwedishText.find("field", field.replaceAll("\\[\\d+]", ""));
        String text = message(message == null ? "" : message);
        if (field == null || "kind".equals(field) && !text.startsWith("måste")) {
            return text;
        }
        return (label == null ? field : label) + ": " + text;
    }

    /** A known message in Swedish; an unknown one in the service's words, marked as such. */
    static String message(String english) {
        for (Rule rule : MESSAGES) {
            Matcher m = rule.pattern().matcher(english.trim());
            if (m.matches()) {
                String out = rule.swedish();
                for (int g = 1; g <= m.groupCount(); g++) {
                    String value = m.group(g);
                    out = out.replace("{" + g + "}", g == 1 && Labels.step(value) != null && !Labels.step(value).equals(value)
                            ? Labels.step(value) : Labels.status(value));
                }
                return out;
            }
        }
        return "(ärendetjänstens förklaring på engelska) " + english;
    }

    private static String slug(String type) {
        if (type == null) {
            return "";
        }
        return type.startsWith(BASE) ? type.substring(BASE.length()) : type;
    }
}
