package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.routing.PostalCode;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightService;

/**
 * Sök (caseworkers, supervisors): the cases of the user's unit by personnummer, address, Kronofogden's case number
 * or the landlord's reference (one of them), with the purpose case-service requires and records in the audit trail.
 * What is searched goes to case-service in a POST body only; case-service decides whether it is valid and whose
 * cases the user may see.
 */
@ApplicationScoped
public class SearchPage {

    static final int MIN_PURPOSE = 10;
    static final int MAX_PURPOSE = 500;

    private final OversightService service;
    private final Clock clock;

    public SearchPage(OversightService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /**
     * @param searched false for the empty form
     * @param refusal  why nothing was searched (the form is shown again with what the user wrote)
     */
    public record Model(boolean searched, Refusal refusal, List<UnroutedPage.Row> rows) {
    }

    public static Model form() {
        return new Model(false, null, List.of());
    }

    /** What the user searches by: exactly one of the number, the address (street and postal code), the two references. */
    public record Criteria(String personalIdentityNumber, String street, String postalCode, String kfmCaseNumber,
            String landlordReference) {

        public static Criteria byNumber(String personalIdentityNumber) {
            return new Criteria(personalIdentityNumber, null, null, null, null);
        }
    }

    public Model search(Criteria criteria, String purpose) {
        String number = Forms.text(criteria.personalIdentityNumber());
        String street = Forms.text(criteria.street());
        String postalCode = Forms.text(criteria.postalCode());
        String kfm = Forms.text(criteria.kfmCaseNumber());
        String reference = Forms.text(criteria.landlordReference());
        String why = Forms.text(purpose);
        if ((street == null) != (postalCode == null)) {
            return refused(Forms.invalid("Adress: fyll i både gata med nummer och postnummer."));
        }
        int given = (number == null ? 0 : 1) + (street == null ? 0 : 1) + (kfm == null ? 0 : 1) + (reference == null ? 0 : 1);
        if (given != 1) {
            return refused(Forms.invalid("Sökvillkor: fyll i ett av personnummer, adress (gata med nummer och postnummer),"
                    + " Kronofogdens målnummer eller hyresvärdens referens."));
        }
        if (number != null && number.length() > 13) {
            return refused(Forms.invalid("Personnummer: ange personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)."));
        }
        if (street != null && (street.length() > 200 || !PostalCode.isValid(postalCode))) {
            return refused(Forms.invalid("Adress: gatan högst 200 tecken, postnumret fem siffror (till exempel 415 02)."));
        }
        if ((kfm != null && kfm.length() > 40) || (reference != null && reference.length() > 100)) {
            return refused(Forms.invalid("Referens: målnumret högst 40 tecken, hyresvärdens referens högst 100."));
        }
        if (why == null || why.length() < MIN_PURPOSE || why.length() > MAX_PURPOSE) {
            return refused(Forms.invalid("Syfte: skriv varför du söker, " + MIN_PURPOSE + " till " + MAX_PURPOSE
                    + " tecken. Syftet sparas i granskningsloggen."));
        }
        Map<String, String> by = new LinkedHashMap<>();
        if (number != null) {
            by.put("personalIdentityNumber", number);
        } else if (street != null) {
            by.put("street", street);
            by.put("postalCode", postalCode);
        } else if (kfm != null) {
            by.put("kfmCaseNumber", kfm);
        } else {
            by.put("landlordReference", reference);
        }
        try {
            LocalDate today = Stockholm.today(clock);
            return new Model(true, null, service.search(by, why).stream().map(s -> UnroutedPage.row(s, today)).toList());
        } catch (CaseServiceRefusal e) {
            return refused(Refusals.of(e.problem()));
        }
    }

    private static Model refused(Refusal refusal) {
        return new Model(true, refusal, List.of());
    }
}
