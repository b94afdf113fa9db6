package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseService;
import se.bokvar.web.commons.format.Countdown;
import se.bokvar.web.commons.format.SwedishDates;

/** Inkorg: the unit's open cases by urgency, each with its most urgent deadline as a countdown, and the notices awaiting a position. */
@ApplicationScoped
public class InboxPage {

    /** Cases per page. */
    public static final int PAGE_SIZE = 25;

    private static final Set<String> TYPES = Set.of("EARLY_WARNING", "RECTIFICATION_REQUEST", "TERMINATION_UNPAID_RENT", "EVICTION");
    private static final Set<String> STATES = Set.of("PENDING", "BREACHED", "NONE");
    private static final Set<String> ASSIGNED = Set.of("me", "unassigned", "any");

    private final CaseService cases;
    private final Clock clock;

    public InboxPage(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * The filters as the page's form sends them; unknown values are ignored (no filter) rather than refused.
     *
     * @param page 1-based
     */
    public record Filters(String type, String deadlineState, String children, String assigned, int page) {

        public Filters {
            type = type != null && TYPES.contains(type) ? type : null;
            deadlineState = deadlineState != null && STATES.contains(deadlineState) ? deadlineState : null;
            children = "true".equals(children) || "false".equals(children) ? children : null;
            assigned = assigned != null && ASSIGNED.contains(assigned) ? assigned : "any";
            page = Math.max(1, Math.min(page, 4000));
        }

        /** The query string of these filters on another page (codes only, never personal data). */
        public String query(int otherPage) {
            StringBuilder q = new StringBuilder("?sida=" + otherPage);
            if (type != null) {
                q.append("&typ=").append(type);
            }
            if (deadlineState != null) {
                q.append("&frist=").append(deadlineState);
            }
            if (children != null) {
                q.append("&barn=").append(children);
            }
            if (!"any".equals(assigned)) {
                q.append("&tilldelad=").append(assigned);
            }
            return q.toString();
        }
    }

    /** One case of the inbox as the page shows it. */
    public record Row(UUID id, String street, String postalCode, String escalation, boolean urgent, String status,
            String deadline, String lastDay, String lastDayIso, String countdown, String countdownUrgency,
            String assignedTo, String children, int noticesWithoutPosition) {
    }

    /** A notice still without a recorded position. */
    public record Awaiting(UUID caseId, String kind, String source, String receivedAt, String receivedAtIso,
            UUID noticeId) {
    }

    public record Model(String board, String unit, Filters filters, List<Row> rows, List<Awaiting> awaiting,
            int page, String previousQuery, String nextQuery) {

        /** The cases shown, as the live inbox's marks ({@link LiveInbox#marks}). */
        public String shownCases() {
            return LiveInbox.marks(rows.stream().map(Row::id).toList());
        }

        /** The notices awaiting a position shown, as the live inbox's marks. */
        public String shownNotices() {
            return LiveInbox.marks(awaiting.stream().map(Awaiting::noticeId).toList());
        }
    }

    public Model read(Filters f) {
        int offset = (f.page() - 1) * PAGE_SIZE;
        CaseJson.Inbox inbox = ReadRefused.reading(() -> cases.inbox(new CaseService.InboxQuery(f.type(), f.deadlineState(),
                f.children() == null ? null : Boolean.valueOf(f.children()), f.assigned(), PAGE_SIZE, offset)));
        LocalDate today = Stockholm.today(clock);
        List<Row> rows = new ArrayList<>();
        for (CaseJson.Summary s : inbox.items() == null ? List.<CaseJson.Summary>of() : inbox.items()) {
            LocalDate lastDay = Deadlines.lastDayBefore(s.urgentAt());
            Countdown.Left left = lastDay == null ? null
                    : s.breached() && today.isAfter(lastDay) ? new Countdown.Left("passerad", Countdown.Urgency.PASSED, 0)
                    : Countdown.until(lastDay, today);
            rows.add(new Row(s.id(), s.street(), s.postalCode(), Labels.escalation(s.escalation()), s.urgent(),
                    Labels.status(s.status()), s.urgentDeadline() == null ? "Ingen öppen frist" : Labels.deadline(s.urgentDeadline()),
                    SwedishDates.date(lastDay), SwedishDates.isoDate(lastDay), left == null ? "" : left.text(),
                    left == null ? "NONE" : left.urgency().name(), s.assignedTo(), Labels.children(s.childrenKnown()),
                    s.noticesWithoutPosition()));
        }
        List<Awaiting> awaiting = new ArrayList<>();
        for (CaseJson.AwaitingPosition a : inbox.awaitingPosition() == null ? List.<CaseJson.AwaitingPosition>of()
                : inbox.awaitingPosition()) {
            awaiting.add(new Awaiting(a.caseId(), Labels.escalation(a.kind()), Labels.source(a.source()),
                    SwedishDates.dateTime(a.receivedAt()), SwedishDates.isoDateTime(a.receivedAt()), a.noticeId()));
        }
        boolean more = rows.size() >= PAGE_SIZE;
        return new Model(Labels.board(inbox.board()), Labels.unit(inbox.unit()), f, rows, awaiting, f.page(),
                f.page() > 1 ? f.query(f.page() - 1) : null, more ? f.query(f.page() + 1) : null);
    }
}
