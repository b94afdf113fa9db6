package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightService;

/**
 * Sök (caseworkers, supervisors): the cases of the user's unit where a person is in the household, by personnummer
 * and with the purpose case-service requires and records in the audit trail. The number goes to case-service in a
 * POST body only; case-service decides whether it is valid and whose cases the user may see.
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

    public Model search(String personalIdentityNumber, String purpose) {
        String number = Forms.text(personalIdentityNumber);
        String why = Forms.text(purpose);
        if (number == null || number.length() > 13) {
            return refused(Forms.invalid("Personnummer: ange personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)."));
        }
        if (why == null || why.length() < MIN_PURPOSE || why.length() > MAX_PURPOSE) {
            return refused(Forms.invalid("Syfte: skriv varför du söker, " + MIN_PURPOSE + " till " + MAX_PURPOSE
                    + " tecken. Syftet sparas i granskningsloggen."));
        }
        try {
            LocalDate today = Stockholm.today(clock);
            return new Model(true, null, service.search(number, why).stream().map(s -> UnroutedPage.row(s, today)).toList());
        } catch (CaseServiceRefusal e) {
            return refused(Refusals.of(e.problem()));
        }
    }

    private static Model refused(Refusal refusal) {
        return new Model(true, refusal, List.of());
    }
}
