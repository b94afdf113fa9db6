package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightService;
import se.bokvar.web.commons.format.Countdown;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * Ej fördelade underrättelser (supervisors): the open cases whose postal code no board covers, oldest first, each
 * with its most urgent deadline, and moving one to a board with the reason. case-service decides which boards exist
 * and says no otherwise; the form offers the boards of {@code bokvar.desk.boards} (env BOKVAR_DESK_BOARDS).
 */
@ApplicationScoped
public class UnroutedPage {

    /** Cases per page. */
    public static final int PAGE_SIZE = 50;

    /**
     * The most case-service lists (its {@code limit} is at most 500 and it takes no offset): the desk asks for the
     * cases up to the page shown, and pages through the 500 oldest.
     */
    public static final int MAX = 500;
    private static final int MAX_REASON = 2000;

    private final OversightService service;
    private final Clock clock;
    private final List<String> boards;

    public UnroutedPage(OversightService service, Clock clock,
            @ConfigProperty(name = "bokvar.desk.boards", defaultValue = "nordost,centrum,hisingen,sydvast") List<String> boards) {
        this.service = service;
        this.clock = clock;
        this.boards = List.copyOf(boards);
    }

    public record Row(UUID id, String street, String postalCode, String escalation, boolean urgent, String openedAt,
            String openedAtIso, String deadline, String lastDay, String lastDayIso, String countdown,
            String countdownUrgency, int noticesWithoutPosition, String status, String assignedTo) {
    }

    /**
     * @param page     1-based
     * @param first    the number of the page's first case in the queue (1-based)
     * @param previous a page before this one
     * @param next     more cases after this page
     * @param capped   the page ends at the most case-service lists: older cases must be moved before more show
     */
    public record Model(List<Row> rows, List<CasePage.Option> boards, int page, int first, boolean previous,
            boolean next, boolean capped) {

        /** The number of the page's last case in the queue. */
        public int last() {
            return first + rows.size() - 1;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }

        /** The most case-service lists. */
        public int max() {
            return MAX;
        }
    }

    /** Page {@code page} of the queue (out of range: the nearest page there can be). */
    public Model read(int page) {
        int p = Math.max(1, Math.min(page, MAX / PAGE_SIZE));
        int limit = Math.min(MAX, p * PAGE_SIZE + 1);
        List<CaseJson.Summary> cases = ReadRefused.reading(() -> service.unrouted(limit));
        LocalDate today = Stockholm.today(clock);
        int skip = (p - 1) * PAGE_SIZE;
        List<Row> rows = cases.stream().skip(skip).limit(PAGE_SIZE).map(s -> row(s, today)).toList();
        boolean next = cases.size() > p * PAGE_SIZE;
        return new Model(rows, boards(), p, skip + 1, p > 1, next, !next && cases.size() >= MAX);
    }

    /** The boards the form offers, with their names. */
    public List<CasePage.Option> boards() {
        return boards.stream().map(b -> new CasePage.Option(b, Labels.board(b))).toList();
    }

    /** Moves the case to {@code board} for {@code reason}. Empty when done; case-service's no in Swedish otherwise. */
    public Optional<Refusal> route(UUID caseId, String board, String reason) {
        if (board == null || !boards.contains(board)) {
            return Optional.of(Forms.invalid("Nämnd: välj den nämnd ärendet ska till."));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return Optional.of(Forms.invalid("Skäl: ange varför ärendet hör till nämnden, högst " + MAX_REASON + " tecken."));
        }
        try {
            service.reroute(caseId, board, reason.strip());
            return Optional.empty();
        } catch (CaseServiceRefusal e) {
            return Optional.of(Refusals.of(e.problem()));
        }
    }

    static Row row(CaseJson.Summary s, LocalDate today) {
        LocalDate lastDay = Deadlines.lastDayBefore(s.urgentAt());
        Countdown.Left left = lastDay == null ? null
                : s.breached() && today.isAfter(lastDay) ? new Countdown.Left("passerad", Countdown.Urgency.PASSED, 0)
                : Countdown.until(lastDay, today);
        return new Row(s.id(), s.street(), s.postalCode(), Labels.escalation(s.escalation()), s.urgent(),
                SwedishDates.dateTime(s.openedAt()), SwedishDates.isoDateTime(s.openedAt()),
                s.urgentDeadline() == null ? "Ingen öppen frist" : Labels.deadline(s.urgentDeadline()),
                SwedishDates.date(lastDay), SwedishDates.isoDate(lastDay), left == null ? "" : left.text(),
                left == null ? "NONE" : left.urgency().name(), s.noticesWithoutPosition(), Labels.status(s.status()),
                s.assignedTo());
    }
}
