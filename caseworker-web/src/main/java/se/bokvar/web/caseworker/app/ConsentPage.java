package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseService;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.ConsentJson;
import se.bokvar.web.caseworker.store.ConsentService;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * Samtycke: a case's consent records (consent-service) with every version, and what the forms to record, change and
 * withdraw offer: the household's persons (case-service), the landlords that reported the case, the standard parties.
 */
@ApplicationScoped
public class ConsentPage {

    private final CaseService cases;
    private final ConsentService consents;
    private final Clock clock;

    public ConsentPage(CaseService cases, ConsentService consents, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.clock = clock;
    }

    /** One version as recorded: its full scope, what it added or withdrew, and who documented it when. */
    public record VersionRow(int version, String change, List<String> parties, List<String> purposes,
            List<String> categories, String added, String removed, String form, String givenOn, String validUntil,
            String signedFormReference, String note, String documentedBy, String recordedAt) {
    }

    /**
     * A consent record: whose, on which ground, its state, its current version and history, and the current scope as
     * the withdrawal form's choices ({@code KIND:id}, codes).
     */
    public record ConsentRow(UUID id, String person, String ground, boolean consent, String status, boolean open,
            int version, VersionRow current, List<VersionRow> versions, List<CasePage.Option> parties,
            List<CasePage.Option> purposes, List<CasePage.Option> categories, String validUntilIso,
            String signedFormReference, String formCode) {
    }

    /**
     * @param known   false when consent-service does not know the case yet (new, or not yet routed to a board): no
     *                consents can be read or recorded
     * @param persons the household, for "whose consent" (value: the personnummer, posted, never in a URL)
     */
    public record Model(UUID caseId, String address, boolean known, List<CasePage.Option> persons,
            List<CasePage.Option> landlords, List<ConsentRow> consents, String today) {
    }

    public Model read(UUID caseId) {
        CaseJson.Case c = ReadRefused.reading(() -> cases.get(caseId));
        List<CaseJson.Person> household = c.household() == null ? List.of() : c.household();
        List<ConsentJson.Consent> list;
        try {
            list = consentRead(() -> consents.ofCase(caseId));
        } catch (NotFoundException e) {
            list = null;
        }
        List<ConsentRow> rows = new ArrayList<>();
        for (ConsentJson.Consent summary : list == null ? List.<ConsentJson.Consent>of() : list) {
            ConsentJson.Consent full = consentRead(() -> consents.read(summary.id()));
            rows.add(row(full, household));
        }
        String address = c.address() == null ? null : c.address().street();
        return new Model(c.id(), address, list != null, household.stream()
                .map(p -> new CasePage.Option(p.personalIdentityNumber(), p.name() + ", " + p.personalIdentityNumber()))
                .toList(), landlords(c), List.copyOf(rows), Stockholm.today(clock).toString());
    }

    /** The recorded consent's current version as consent-service's printable form (HTML, with its own styles). */
    public String printableForm(UUID consentId) {
        return consentRead(() -> consents.form(consentId));
    }

    static ConsentRow row(ConsentJson.Consent c, List<CaseJson.Person> household) {
        List<VersionRow> versions = (c.versions() == null || c.versions().isEmpty() ? List.of(c.current()) : c.versions())
                .stream().map(ConsentPage::version).toList();
        ConsentJson.Version current = c.current();
        ConsentJson.Scope scope = current.scope();
        List<CasePage.Option> parties = list(scope == null ? null : scope.parties()).stream()
                .map(p -> new CasePage.Option(p.kind() + ":" + p.id(), ConsentVocabulary.party(p))).toList();
        List<CasePage.Option> purposes = list(scope == null ? null : scope.purposes()).stream()
                .map(p -> new CasePage.Option(p, ConsentVocabulary.purpose(p))).toList();
        List<CasePage.Option> categories = list(scope == null ? null : scope.categories()).stream()
                .map(k -> new CasePage.Option(k, ConsentVocabulary.category(k))).toList();
        return new ConsentRow(c.id(), person(c.personalIdentityNumber(), household), ConsentVocabulary.ground(c.legalGround()),
                c.legalGround() == null || "CONSENT".equals(c.legalGround()), ConsentVocabulary.status(c.status()),
                !"WITHDRAWN".equals(c.status()), current.version(), versions.get(versions.size() - 1),
                newestFirst(versions), parties, purposes, categories,
                current.validUntil() == null ? "" : current.validUntil().toString(),
                current.signedFormReference() == null ? "" : current.signedFormReference(),
                current.form() == null ? "" : current.form());
    }

    static VersionRow version(ConsentJson.Version v) {
        ConsentJson.Scope s = v.scope();
        return new VersionRow(v.version(), ConsentVocabulary.change(v.change()),
                list(s == null ? null : s.parties()).stream().map(ConsentVocabulary::party).toList(),
                list(s == null ? null : s.purposes()).stream().map(p -> "OTHER".equals(p) && s.otherPurpose() != null
                        ? ConsentVocabulary.purpose(p) + ": " + s.otherPurpose() : ConsentVocabulary.purpose(p)).toList(),
                list(s == null ? null : s.categories()).stream().map(k -> "OTHER".equals(k) && s.otherCategory() != null
                        ? ConsentVocabulary.category(k) + ": " + s.otherCategory() : ConsentVocabulary.category(k)).toList(),
                "GIVEN".equals(v.change()) ? null : scopeText(v.added()), scopeText(v.removed()),
                v.form() == null ? null : ConsentVocabulary.form(v.form()), SwedishDates.date(v.givenOn()),
                v.validUntil() == null ? "tills vidare (tills det återkallas)" : SwedishDates.date(v.validUntil()),
                v.signedFormReference(), v.note(),
                v.documentedByName() == null ? v.documentedBy() : v.documentedByName() + " (" + v.documentedBy() + ")",
                SwedishDates.dateTime(v.recordedAt()));
    }

    /** "Hyresvärd: hemma-bostader; Skicka betalningsförbindelse", or null when the scope is empty. */
    static String scopeText(ConsentJson.Scope s) {
        if (s == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        list(s.parties()).forEach(p -> words.add(ConsentVocabulary.party(p)));
        list(s.purposes()).forEach(p -> words.add(ConsentVocabulary.purpose(p)));
        list(s.categories()).forEach(k -> words.add(ConsentVocabulary.category(k)));
        return words.isEmpty() ? null : String.join("; ", words);
    }

    /** The person's name and number as the household shows them; the number alone for someone no longer in it. */
    static String person(String canonical, List<CaseJson.Person> household) {
        String digits = canonical == null ? "" : canonical.replaceAll("\\D", "");
        for (CaseJson.Person p : household) {
            String theirs = p.personalIdentityNumber() == null ? "" : p.personalIdentityNumber().replaceAll("\\D", "");
            if (!digits.isEmpty() && (digits.equals(theirs) || digits.endsWith(theirs) && theirs.length() == 10)) {
                return p.name() + ", " + p.personalIdentityNumber();
            }
        }
        return digits.length() == 12 ? digits.substring(0, 8) + "-" + digits.substring(8) : digits;
    }

    /** The landlords that reported notices on the case (their landlord_id), as parties a consent can name. */
    static List<CasePage.Option> landlords(CaseJson.Case c) {
        Set<String> ids = new LinkedHashSet<>();
        for (CaseJson.Notice n : list(c.notices())) {
            if ("LANDLORD".equalsIgnoreCase(n.source()) && n.senderId() != null && !n.senderId().isBlank()) {
                ids.add(n.senderId());
            }
        }
        return ids.stream().map(id -> new CasePage.Option("LANDLORD:" + id,
                ConsentVocabulary.party(new ConsentJson.Party("LANDLORD", id, null)))).toList();
    }

    /** A read of consent-service; its refusal (e.g. 403 for a role it does not serve) as the page's refusal. */
    private static <T> T consentRead(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (CaseServiceRefusal e) {
            int status = e.problem().status() >= 400 && e.problem().status() < 500 ? e.problem().status() : 409;
            throw new ReadRefused(Refusals.ofConsent(e.problem()), status);
        }
    }

    private static List<VersionRow> newestFirst(List<VersionRow> versions) {
        List<VersionRow> out = new ArrayList<>(versions);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
