package se.bokvar.web.caseworker.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.web.caseworker.store.OversightService;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * Försenade kvittenser (supervisors): acknowledgements to Kronofogden that were not confirmed on the day of receipt,
 * for the supervisor's board and the unrouted cases, each with the caseworker named as responsible.
 */
@ApplicationScoped
public class OverduePage {

    private final OversightService service;

    public OverduePage(OversightService service) {
        this.service = service;
    }

    public record Row(UUID caseId, String board, String kfmCaseNumber, String dueOn, String dueOnIso, String receivedAt,
            String receivedAtIso, String responsible, String attempts) {
    }

    public List<Row> read() {
        return ReadRefused.reading(service::overdueAcknowledgements).stream()
                .map(a -> new Row(a.caseId(), a.board() == null ? Labels.board("unrouted") : Labels.board(a.board()),
                        a.kfmCaseNumber(), SwedishDates.date(a.dueOn()), SwedishDates.isoDate(a.dueOn()),
                        SwedishDates.dateTime(a.receivedAt()), SwedishDates.isoDateTime(a.receivedAt()),
                        a.responsibleCaseworker(), a.attempts() == null ? "–" : a.attempts().toString()))
                .toList();
    }
}
