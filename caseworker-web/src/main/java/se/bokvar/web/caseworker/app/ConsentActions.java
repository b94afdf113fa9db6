package se.bokvar.web.caseworker.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.ConsentJson;
import se.bokvar.web.caseworker.store.ConsentService;

/**
 * The Samtycke page's forms as consent-service's operations, with the user's token: record a consent (or another
 * legal ground), change it (the current scope plus what the form adds: a change never removes), withdraw it wholly or
 * partly. consent-service decides; its refusal comes back as a {@link Refusal} in Swedish. Empty when done.
 */
@ApplicationScoped
public class ConsentActions {

    private static final String OSL_26_9C = "OSL_26_9C";

    private final ConsentService consents;

    public ConsentActions(ConsentService consents) {
        this.consents = consents;
    }

    /**
     * Who may be told, why, and what, as the form sends it: checked parties ({@code KIND:id}), a landlord's id typed
     * in, a named party (an id of the caseworker's choice, never derived from the name, and its name), the purposes and
     * categories, and what OTHER means.
     */
    public record ScopeForm(List<String> parties, String landlordId, String namedId, String namedName,
            List<String> purposes, List<String> categories, String otherPurpose, String otherCategory) {
    }

    /** How and when: the form of consent, the day given, the last day it holds, the signed form's reference, a note. */
    public record TermsForm(String form, String givenOn, String validUntil, String signedFormReference, String note) {
    }

    /** Records a consent of {@code person} (a personnummer of the household), or another legal ground. */
    public Optional<Refusal> record(UUID caseId, String person, String ground, ScopeForm scope, TermsForm terms) {
        if (Forms.text(person) == null) {
            return Optional.of(Forms.invalid("Person: välj vems samtycke det är."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdentityNumber", person.strip());
        boolean other = OSL_26_9C.equals(ground);
        body.put("legalGround", other ? OSL_26_9C : "CONSENT");
        body.put("parties", parties(scope, List.of()));
        body.put("purposes", codes(scope.purposes(), Purpose.class, List.of()));
        body.put("categories", codes(scope.categories(), Category.class, List.of()));
        putText(body, "otherPurpose", scope.otherPurpose());
        putText(body, "otherCategory", scope.otherCategory());
        Optional<Refusal> invalid = terms(body, terms, !other);
        return invalid.isPresent() ? invalid : attempt(() -> consents.record(caseId, body));
    }

    /**
     * Changes a consent: its current scope (read again now) with what the form adds, and the new terms, based on the
     * version the page showed (consent-service refuses when it has moved on since).
     */
    public Optional<Refusal> change(UUID consentId, String basedOnVersion, ScopeForm additions, TermsForm terms) {
        Integer based = version(basedOnVersion);
        if (based == null) {
            return Optional.of(Forms.invalid("Version: läs sidan igen och försök en gång till."));
        }
        ConsentJson.Consent current = consents.read(consentId);
        ConsentJson.Scope scope = current.current().scope();
        List<Map<String, Object>> now = new ArrayList<>();
        for (ConsentJson.Party p : list(scope == null ? null : scope.parties())) {
            Map<String, Object> party = new LinkedHashMap<>();
            party.put("kind", p.kind());
            party.put("id", p.id());
            putText(party, "name", p.name());
            now.add(party);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parties", parties(additions, now));
        body.put("purposes", codes(additions.purposes(), Purpose.class, list(scope == null ? null : scope.purposes())));
        body.put("categories", codes(additions.categories(), Category.class, list(scope == null ? null : scope.categories())));
        putText(body, "otherPurpose", Forms.text(additions.otherPurpose()) != null ? additions.otherPurpose()
                : scope == null ? null : scope.otherPurpose());
        putText(body, "otherCategory", Forms.text(additions.otherCategory()) != null ? additions.otherCategory()
                : scope == null ? null : scope.otherCategory());
        Optional<Refusal> invalid = terms(body, terms, current.legalGround() == null || "CONSENT".equals(current.legalGround()));
        body.put("basedOnVersion", based);
        return invalid.isPresent() ? invalid : attempt(() -> consents.change(consentId, body));
    }

    /**
     * Withdraws a consent: wholly ({@code whole} "ja"), or the checked parties ({@code KIND:id}), purposes and
     * categories, on {@code withdrawnOn}, based on the version the page showed.
     */
    public Optional<Refusal> withdraw(UUID consentId, String basedOnVersion, String whole, List<String> parties,
            List<String> purposes, List<String> categories, String withdrawnOn, String form, String note) {
        Integer based = version(basedOnVersion);
        LocalDate day = date(withdrawnOn);
        if (based == null) {
            return Optional.of(Forms.invalid("Version: läs sidan igen och försök en gång till."));
        }
        if (day == null) {
            return Optional.of(Forms.invalid("Återkallat den: ange ett datum (åååå-mm-dd)."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if ("ja".equals(whole)) {
            body.put("whole", Boolean.TRUE);
        } else {
            body.put("parties", parties(new ScopeForm(parties, null, null, null, null, null, null, null), List.of()));
            body.put("purposes", codes(purposes, Purpose.class, List.of()));
            body.put("categories", codes(categories, Category.class, List.of()));
        }
        body.put("withdrawnOn", day.toString());
        ConsentForm how = parse(ConsentForm.class, form);
        if (how != null) {
            body.put("form", how.name());
        }
        putText(body, "note", note);
        body.put("basedOnVersion", based);
        return attempt(() -> consents.withdraw(consentId, body));
    }

    /** A consent form to print, or why not (one of the two is null). */
    public record Printable(String html, Refusal refusal) {
    }

    /**
     * The consent form {@code person} is asked to sign, before anything is recorded: who may be told, why, what, and
     * until when (consent-service renders it and records only the read). Once signed, the consent is recorded with
     * the form's reference.
     */
    public Printable formToSign(UUID caseId, String person, ScopeForm scope, String validUntil) {
        if (Forms.text(person) == null) {
            return new Printable(null, Forms.invalid("Person: välj vem blanketten gäller."));
        }
        LocalDate until = date(validUntil);
        if (Forms.text(validUntil) != null && until == null) {
            return new Printable(null, Forms.invalid("Gäller till och med: ange ett datum (åååå-mm-dd) eller lämna tomt."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personalIdentityNumber", person.strip());
        body.put("parties", parties(scope, List.of()));
        body.put("purposes", codes(scope.purposes(), Purpose.class, List.of()));
        body.put("categories", codes(scope.categories(), Category.class, List.of()));
        if (((List<?>) body.get("parties")).isEmpty() || ((List<?>) body.get("purposes")).isEmpty()
                || ((List<?>) body.get("categories")).isEmpty()) {
            return new Printable(null, Forms.invalid("Kryssa i minst en mottagare, ett syfte och en uppgift."));
        }
        putText(body, "otherPurpose", scope.otherPurpose());
        putText(body, "otherCategory", scope.otherCategory());
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        try {
            return new Printable(consents.formToSign(caseId, body), null);
        } catch (CaseServiceRefusal e) {
            return new Printable(null, Refusals.ofConsent(e.problem()));
        }
    }

    /** The form's parties after {@code current}: checked ones, a typed landlord, a named party; each once. */
    static List<Map<String, Object>> parties(ScopeForm scope, List<Map<String, Object>> current) {
        List<Map<String, Object>> out = new ArrayList<>(current);
        List<Map<String, Object>> added = new ArrayList<>();
        for (String value : list(scope.parties())) {
            Map<String, Object> party = ConsentVocabulary.partyOf(value);
            if (party != null) {
                added.add(party);
            }
        }
        String landlord = Forms.text(scope.landlordId());
        if (landlord != null) {
            added.add(Map.of("kind", "LANDLORD", "id", landlord));
        }
        String name = Forms.text(scope.namedName());
        if (name != null) {
            String id = Forms.text(scope.namedId());
            added.add(Map.of("kind", "NAMED_PARTY", "id", id != null ? id
                    : "namngiven-" + UUID.randomUUID().toString().substring(0, 8), "name", name));
        }
        for (Map<String, Object> party : added) {
            boolean known = out.stream().anyMatch(p -> p.get("kind").equals(party.get("kind"))
                    && String.valueOf(p.get("id")).equalsIgnoreCase(String.valueOf(party.get("id"))));
            if (!known) {
                out.add(party);
            }
        }
        return out;
    }

    /** {@code current}, then the known codes of {@code values} not in it yet. */
    static <E extends Enum<E>> List<String> codes(List<String> values, Class<E> type, List<String> current) {
        List<String> out = new ArrayList<>(current);
        for (String v : list(values)) {
            E code = parse(type, v);
            if (code != null && !out.contains(code.name())) {
                out.add(code.name());
            }
        }
        return out;
    }

    private static Optional<Refusal> terms(Map<String, Object> body, TermsForm terms, boolean consent) {
        LocalDate given = date(terms.givenOn());
        if (given == null) {
            return Optional.of(Forms.invalid("Lämnat den: ange ett datum (åååå-mm-dd)."));
        }
        LocalDate until = date(terms.validUntil());
        if (Forms.text(terms.validUntil()) != null && until == null) {
            return Optional.of(Forms.invalid("Gäller till och med: ange ett datum (åååå-mm-dd) eller lämna tomt."));
        }
        ConsentForm form = parse(ConsentForm.class, terms.form());
        if (consent && form != null) {
            body.put("form", form.name());
        }
        body.put("givenOn", given.toString());
        if (until != null) {
            body.put("validUntil", until.toString());
        }
        putText(body, "signedFormReference", terms.signedFormReference());
        putText(body, "note", terms.note());
        return Optional.empty();
    }

    private static Optional<Refusal> attempt(Supplier<ConsentJson.Consent> change) {
        try {
            change.get();
            return Optional.empty();
        } catch (CaseServiceRefusal e) {
            return Optional.of(Refusals.ofConsent(e.problem()));
        }
    }

    private static void putText(Map<String, Object> body, String field, String value) {
        String text = Forms.text(value);
        if (text != null) {
            body.put(field, text);
        }
    }

    static LocalDate date(String value) {
        try {
            return Forms.text(value) == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer version(String value) {
        try {
            int v = Integer.parseInt(value == null ? "" : value.strip());
            return v >= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Forms.text(value) == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
