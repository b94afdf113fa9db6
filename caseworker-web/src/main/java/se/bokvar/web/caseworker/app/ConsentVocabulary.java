package se.bokvar.web.caseworker.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;
import se.bokvar.web.caseworker.store.ConsentJson;

/**
 * consent-service's vocabulary (parties, purposes, categories, forms, grounds) in Swedish and as the Samtycke page's
 * choices. A party travels in a form as {@code KIND:id} (ids are [a-z0-9._-], never a colon).
 */
public final class ConsentVocabulary {

    /** The administrations a consent can name (PartyKind.OTHER_ADMINISTRATION's ids but "other", which needs a name). */
    static final List<String> ADMINISTRATIONS = List.of("elderly-care", "disability-support", "addiction-care",
            "psychiatry", "school");

    private ConsentVocabulary() {
    }

    /** The parties every case can offer: the administrations, budget and debt counselling, Kronofogden. */
    public static List<CasePage.Option> standardParties() {
        List<CasePage.Option> parties = new ArrayList<>();
        for (String a : ADMINISTRATIONS) {
            parties.add(new CasePage.Option("OTHER_ADMINISTRATION:" + a, party(new ConsentJson.Party("OTHER_ADMINISTRATION", a, null))));
        }
        parties.add(new CasePage.Option("BUDGET_DEBT_COUNSELLING:budget-debt-counselling",
                SwedishText.of("consent-party", "BUDGET_DEBT_COUNSELLING")));
        parties.add(new CasePage.Option("KRONOFOGDEN:kronofogden", SwedishText.of("consent-party", "KRONOFOGDEN")));
        return parties;
    }

    public static List<CasePage.Option> purposes() {
        return Arrays.stream(Purpose.values()).map(p -> new CasePage.Option(p.name(), purpose(p.name()))).toList();
    }

    public static List<CasePage.Option> categories() {
        return Arrays.stream(Category.values()).map(c -> new CasePage.Option(c.name(), category(c.name()))).toList();
    }

    public static List<CasePage.Option> forms() {
        return Arrays.stream(ConsentForm.values()).map(f -> new CasePage.Option(f.name(), form(f.name()))).toList();
    }

    /** "Äldreomsorgen (annan förvaltning)", "Hyresvärd: Hemma Bostäder AB (hemma-bostader)". */
    static String party(ConsentJson.Party p) {
        String kind = SwedishText.of("consent-party", p.kind());
        if ("OTHER_ADMINISTRATION".equals(p.kind())) {
            String admin = SwedishText.find("consent-administration", p.id());
            return (admin == null ? p.id() : admin) + (p.name() == null ? "" : " – " + p.name()) + " (annan förvaltning)";
        }
        if ("BUDGET_DEBT_COUNSELLING".equals(p.kind()) || "KRONOFOGDEN".equals(p.kind())) {
            return kind + (p.name() == null ? "" : " – " + p.name());
        }
        String who = p.name() == null ? p.id() : p.name() + " (" + p.id() + ")";
        return kind + ": " + who;
    }

    static String purpose(String code) {
        return SwedishText.of("consent-purpose", code);
    }

    static String category(String code) {
        return SwedishText.of("consent-category", code);
    }

    static String form(String code) {
        return SwedishText.of("consent-form", code);
    }

    static String ground(String code) {
        return SwedishText.of("consent-ground", code == null ? "CONSENT" : code);
    }

    static String status(String code) {
        return SwedishText.of("consent-status", code);
    }

    static String change(String code) {
        return SwedishText.of("consent-change", code);
    }

    /** A party as a form sends it ("KIND:id"), as consent-service takes it; null when it is not one. */
    static Map<String, Object> partyOf(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return null;
        }
        return Map.of("kind", value.substring(0, colon), "id", value.substring(colon + 1));
    }
}
