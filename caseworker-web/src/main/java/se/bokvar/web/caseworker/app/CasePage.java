package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.Outcome;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseService;
import se.bokvar.web.commons.format.Countdown;
import se.bokvar.web.commons.format.SwedishDates;

/** Ärende and Tidslinje: a case as its caseworker reads it, every deadline with its countdown, and its history. */
@ApplicationScoped
public class CasePage {

    private final CaseService cases;
    private final Clock clock;

    public CasePage(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    public record Option(String value, String label) {
    }

    /** A deadline of the case with its Swedish name, state and countdown. */
    public record DeadlineRow(String kind, String state, String stateCode, String dueOn, String dueOnIso, String actBy,
            String countdown, String countdownUrgency, String note) {
    }

    /** A task for another unit; {@code doneAt} null while open. */
    public record TaskRow(UUID id, String label, String unit, String doneAt) {
    }

    /** A notice; {@code needsPosition}: active and without a position, so the page offers the form for one. */
    public record NoticeRow(UUID id, String kind, String source, String receivedAt, String receivedAtIso, String servedOn,
            String status, int revision, String position, String kfmCaseNumber, String evictionAt, boolean needsPosition) {
    }

    public record PersonRow(String name, String personalIdentityNumber, String role) {
    }

    public record RecoveryPeriodView(String countedFrom, String nominalEnd, String lastDay, String lastDayIso,
            String actBy, boolean actByDiffers, boolean provisional, String state, String countdown,
            String countdownUrgency, String legalBasis, String movedFrom) {
    }

    public record Model(UUID id, String status, boolean closed, String board, String escalation, boolean urgent,
            String openedAt, String assignedTo, boolean assignedToMe, CaseJson.Address address, String children,
            List<PersonRow> household, List<NoticeRow> notices, RecoveryPeriodView recoveryPeriod,
            List<DeadlineRow> deadlines, List<CaseJson.Eviction> evictions, List<TaskRow> tasks,
            List<Option> requiredSteps, int noticesWithoutPosition, UUID previousCaseId, String closing) {
    }

    public record TimelineRow(String at, String atIso, String kind, String summary, String actor) {
    }

    public record TimelineModel(UUID id, String status, List<TimelineRow> entries, List<DeadlineRow> deadlines) {
    }

    /** The steps of the handbook's checklist, for the form. */
    public static List<Option> stepKinds() {
        return Arrays.stream(StepKind.values()).map(k -> new Option(k.name(), Labels.step(k.name()))).toList();
    }

    /** How a case can end, for the closing form. */
    public static List<Option> outcomes() {
        return Arrays.stream(Outcome.values()).map(o -> new Option(o.name(), Labels.outcome(o.name()))).toList();
    }

    /** How an eviction can be averted, for the closing form. */
    public static List<Option> avertedBy() {
        return Arrays.stream(Outcome.AvertedBy.values()).map(a -> new Option(a.name(), Labels.avertedBy(a.name()))).toList();
    }

    /** How a caseworker tried to reach the tenant, for the form. */
    public static List<Option> contactMethods() {
        return Arrays.stream(ContactMethod.values()).map(m -> new Option(m.name(), Labels.contactMethod(m.name()))).toList();
    }

    /** The case, for a user whose login is {@code me}. */
    public Model read(UUID id, String me) {
        CaseJson.Case c = ReadRefused.reading(() -> cases.get(id));
        LocalDate today = Stockholm.today(clock);
        List<PersonRow> household = list(c.household()).stream()
                .map(p -> new PersonRow(p.name(), p.personalIdentityNumber(), Labels.personRole(p.role()))).toList();
        List<NoticeRow> notices = list(c.notices()).stream().map(n -> new NoticeRow(n.id(), Labels.escalation(n.kind()),
                Labels.source(n.source()), SwedishDates.dateTime(n.receivedAt()), SwedishDates.isoDateTime(n.receivedAt()),
                SwedishDates.date(n.servedOn()), "WITHDRAWN".equals(n.status()) ? "Återkallad" : "Aktiv", n.revision(),
                n.position() == null ? null : ("OPEN_PRE_ASSESSMENT".equals(n.position().decision())
                        ? "Förhandsbedömning inledd" : "Ingen åtgärd") + (n.position().reason() == null ? "" : ": " + n.position().reason()),
                n.kfmCaseNumber(), SwedishDates.dateTime(n.evictionAt()),
                n.position() == null && !"WITHDRAWN".equals(n.status()))).toList();
        RecoveryPeriodView period = null;
        CaseJson.RecoveryPeriod rp = c.deadlines() == null ? null : c.deadlines().recoveryPeriod();
        if (rp != null) {
            LocalDate target = rp.actBy() != null ? rp.actBy() : rp.lastDay();
            Countdown.Left left = Deadlines.countdown(rp.state(), target, today);
            period = new RecoveryPeriodView(SwedishDates.date(rp.countedFrom()), SwedishDates.date(rp.nominalEnd()),
                    SwedishDates.date(rp.lastDay()), SwedishDates.isoDate(rp.lastDay()), SwedishDates.date(rp.actBy()),
                    rp.actBy() != null && !rp.actBy().equals(rp.lastDay()), rp.provisional(), Labels.deadlineState(rp.state()),
                    left == null ? "" : left.text(), left == null ? "NONE" : left.urgency().name(),
                    rp.legalBasis() == null ? "" : rp.legalBasis(), Deadlines.movedFrom(rp.nominalEnd(), rp.movedBecause()));
        }
        List<CaseJson.Required> required = list(c.requiredSteps());
        return new Model(c.id(), Labels.status(c.status()), "CLOSED".equals(c.status()), Labels.board(c.board()),
                Labels.escalation(c.escalation()), c.urgent(), SwedishDates.dateTime(c.openedAt()), c.assignedTo(),
                me != null && me.equals(c.assignedTo()), c.address(), Labels.children(c.childrenKnown()), household,
                notices, period, deadlines(c.deadlines() == null ? null : c.deadlines().all(), today),
                list(c.evictions()), list(c.tasks()).stream().map(t -> new TaskRow(t.id(), Labels.task(t.kind()),
                        Labels.unit(t.unit()), t.doneAt() == null ? null : SwedishDates.dateTime(t.doneAt()))).toList(),
                required.stream().map(r -> new Option(r.done() ? "klart" : "kvar", Labels.step(r.kind()))).toList(),
                c.noticesWithoutPosition(), c.previousCaseId(), closing(c.closing()));
    }

    /** "Avslutat 7 december 2026 kl. 10:00: Avhysningen avvärjd (Betalningsförbindelse ...). note", or null. */
    static String closing(CaseJson.Closing closing) {
        if (closing == null || closing.outcome() == null) {
            return null;
        }
        StringBuilder s = new StringBuilder("Avslutat ").append(SwedishDates.dateTime(closing.closedAt())).append(": ")
                .append(Labels.outcome(closing.outcome()));
        if (closing.avertedBy() != null) {
            s.append(" (").append(Labels.avertedBy(closing.avertedBy())).append(')');
        }
        if (closing.note() != null && !closing.note().isBlank()) {
            s.append(". ").append(closing.note());
        }
        return s.toString();
    }

    public TimelineModel timeline(UUID id) {
        CaseJson.Timeline t = ReadRefused.reading(() -> cases.timeline(id));
        List<TimelineRow> rows = new ArrayList<>();
        for (CaseJson.Entry e : list(t.entries())) {
            rows.add(new TimelineRow(SwedishDates.dateTime(e.at()), SwedishDates.isoDateTime(e.at()),
                    Labels.timeline(e.kind()), e.summary(), e.actor()));
        }
        return new TimelineModel(t.caseId(), Labels.status(t.status()), rows, deadlines(t.deadlines(), Stockholm.today(clock)));
    }

    private static List<DeadlineRow> deadlines(List<CaseJson.Deadline> all, LocalDate today) {
        List<DeadlineRow> rows = new ArrayList<>();
        for (CaseJson.Deadline d : list(all)) {
            LocalDate target = d.actBy() != null ? d.actBy() : d.dueOn() != null ? d.dueOn() : Deadlines.lastDayBefore(d.passesAt());
            Countdown.Left left = Deadlines.countdown(d.state(), target, today);
            rows.add(new DeadlineRow(Labels.deadline(d.kind()), Labels.deadlineState(d.state()), d.state(),
                    SwedishDates.date(d.dueOn()), SwedishDates.isoDate(d.dueOn()),
                    d.actBy() != null && !d.actBy().equals(d.dueOn()) ? SwedishDates.date(d.actBy()) : null,
                    left == null ? "" : left.text(), left == null ? "NONE" : left.urgency().name(), d.note()));
        }
        return rows;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
