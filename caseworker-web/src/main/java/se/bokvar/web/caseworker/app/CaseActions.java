package se.bokvar.web.caseworker.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.Outcome;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.web.caseworker.store.CaseService;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;

/**
 * The desk's actions on a case, each case-service's own operation with the user's token: "Ta ärendet", recording
 * a checklist step, the position on a notice and closing the case. A rule saying no comes back as a {@link Refusal} in Swedish; nothing is decided here.
 */
@ApplicationScoped
public class CaseActions {

    private static final int MAX_NOTES = 4000;

    private final CaseService cases;

    public CaseActions(CaseService cases) {
        this.cases = cases;
    }

    /** "Ta ärendet": assign the case to yourself. Empty when done. */
    public Optional<Refusal> take(UUID caseId) {
        return attempt(() -> cases.assign(caseId, "me"));
    }

    /** Takes the case off its caseworker (back to the unit's cases without one). Empty when done. */
    public Optional<Refusal> unassign(UUID caseId) {
        return attempt(() -> cases.unassign(caseId));
    }

    /**
     * A checklist step as the form sends it: the step, a note, and the fields some steps need (yes/no as "ja"/"nej",
     * empty: not given).
     */
    public record StepForm(String kind, String notes, String method, String reached, String adultAgreement,
            String children, String registeredAtAddress, String administration, String landlordId,
            String landlordContact) {
    }

    /** Records the step. Empty when done. */
    public Optional<Refusal> recordStep(UUID caseId, StepForm form) {
        Map<String, Object> step = new LinkedHashMap<>();
        StepKind kind = parse(StepKind.class, form.kind());
        if (kind == null) {
            return Optional.of(invalid("Steg: välj vilket steg du vill registrera."));
        }
        step.put("kind", kind.name());
        if (form.notes() != null && !form.notes().isBlank()) {
            if (form.notes().length() > MAX_NOTES) {
                return Optional.of(invalid("Anteckning: högst " + MAX_NOTES + " tecken."));
            }
            step.put("notes", form.notes().strip());
        }
        ContactMethod method = parse(ContactMethod.class, form.method());
        if (method != null) {
            step.put("method", method.name());
        }
        putYesNo(step, "reached", form.reached());
        putYesNo(step, "adultAgreement", form.adultAgreement());
        putYesNo(step, "registeredAtAddress", form.registeredAtAddress());
        if (form.children() != null && List.of("LIVES_IN", "VISITS", "NONE", "UNKNOWN").contains(form.children())) {
            step.put("children", form.children());
        }
        // the party of a disclosing step: which administration, which landlord (case-service asks consent-service)
        if (Forms.text(form.administration()) != null) {
            step.put("administration", form.administration().strip());
        }
        if (Forms.text(form.landlordId()) != null) {
            step.put("landlordId", form.landlordId().strip());
        }
        if (form.landlordContact() != null && List.of("ASK_QUESTIONS", "DISCLOSE_PLANNED_SUPPORT").contains(form.landlordContact())) {
            step.put("landlordContact", form.landlordContact());
        }
        return attempt(() -> cases.recordStep(caseId, step));
    }

    /** The two positions a notice can get (case-service's PositionRequest.decision). */
    private static final List<String> DECISIONS = List.of("OPEN_PRE_ASSESSMENT", "NO_ACTION");
    private static final int MAX_REASON = 2000;

    /**
     * Records the position on a notice: open a pre-assessment, or no action with the reason (case-service decides
     * whether the reason is needed and says so). Empty when done.
     */
    public Optional<Refusal> recordPosition(UUID caseId, UUID noticeId, String decision, String reason) {
        if (decision == null || !DECISIONS.contains(decision)) {
            return Optional.of(invalid("Ställningstagande: välj inled förhandsbedömning eller ingen åtgärd."));
        }
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("decision", decision);
        if (reason != null && !reason.isBlank()) {
            if (reason.length() > MAX_REASON) {
                return Optional.of(invalid("Skäl: högst " + MAX_REASON + " tecken."));
            }
            position.put("reason", reason.strip());
        }
        return attempt(() -> cases.recordPosition(caseId, noticeId, position));
    }

    /**
     * Closes the case with its outcome: how an eviction was averted, and a note (case-service decides which the outcome
     * needs, and whether the checklist allows closing). Empty when done.
     */
    public Optional<Refusal> close(UUID caseId, String outcome, String avertedBy, String note) {
        Outcome o = parse(Outcome.class, outcome);
        if (o == null) {
            return Optional.of(invalid("Utfall: välj hur ärendet slutade."));
        }
        Map<String, Object> closing = new LinkedHashMap<>();
        closing.put("outcome", o.name());
        Outcome.AvertedBy by = parse(Outcome.AvertedBy.class, avertedBy);
        if (by != null) {
            closing.put("avertedBy", by.name());
        }
        if (note != null && !note.isBlank()) {
            if (note.length() > MAX_NOTES) {
                return Optional.of(invalid("Anteckning: högst " + MAX_NOTES + " tecken."));
            }
            closing.put("note", note.strip());
        }
        return attempt(() -> cases.close(caseId, closing));
    }

    /** Marks a task for another unit done. Empty when done. */
    public Optional<Refusal> completeTask(UUID caseId, UUID taskId) {
        return attempt(() -> cases.completeTask(caseId, taskId));
    }

    /**
     * Extends the pre-assessment to a new last day for a special reason (case-service decides whether the reason and
     * the day are allowed). Empty when done.
     */
    public Optional<Refusal> extendPreAssessment(UUID caseId, String newLimit, String reason) {
        java.time.LocalDate day;
        try {
            day = newLimit == null ? null : java.time.LocalDate.parse(newLimit.strip());
        } catch (java.time.format.DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            return Optional.of(invalid("Ny sista dag: ange ett datum (åååå-mm-dd)."));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return Optional.of(invalid("Skäl: ange det särskilda skälet, högst " + MAX_REASON + " tecken."));
        }
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("newLimit", day.toString());
        extension.put("reason", reason.strip());
        return attempt(() -> cases.extendPreAssessment(caseId, extension));
    }

    /** A colleague's login as case-service takes it (its caseworker directory decides who is a colleague). */
    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /**
     * Assigns the case to a colleague of the case's adult unit by login (case-service has no list of colleagues to
     * offer; it refuses anyone else, naming the field). Empty when done.
     */
    public Optional<Refusal> assignTo(UUID caseId, String colleague) {
        String login = colleague == null ? "" : colleague.strip();
        if (!LOGIN.matcher(login).matches()) {
            return Optional.of(invalid("Handläggare: ange kollegans användarnamn (högst 64 tecken, inga mellanslag)."));
        }
        return attempt(() -> cases.assign(caseId, login));
    }

    private static final int MAX_MOTIVATION = 4000;

    /**
     * Asks Kronofogden to postpone the eviction {@code kfmCaseNumber} (anstånd) on one of the handbook's grounds, with
     * the motivation; kronofogden-adapter delivers it. Empty when done.
     */
    public Optional<Refusal> requestPostponement(UUID caseId, String kfmCaseNumber, String grounds, String motivation) {
        if (kfmCaseNumber == null || kfmCaseNumber.isBlank() || kfmCaseNumber.length() > 64) {
            return Optional.of(invalid("Avhysning: välj vilken avhysning anståndet gäller."));
        }
        se.bokvar.rules.casework.PostponementGrounds g = parse(se.bokvar.rules.casework.PostponementGrounds.class, grounds);
        if (g == null) {
            return Optional.of(invalid("Skäl för anstånd: välj ett av skälen."));
        }
        if (motivation == null || motivation.isBlank() || motivation.length() > MAX_MOTIVATION) {
            return Optional.of(invalid("Motivering: skriv varför, högst " + MAX_MOTIVATION + " tecken."));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kfmCaseNumber", kfmCaseNumber.strip());
        request.put("grounds", g.name());
        request.put("motivation", motivation.strip());
        return attempt(() -> cases.requestPostponement(caseId, request));
    }

    /** The grounds for a postponement, for the form. */
    public static List<CasePage.Option> postponementGrounds() {
        return java.util.Arrays.stream(se.bokvar.rules.casework.PostponementGrounds.values())
                .map(g -> new CasePage.Option(g.name(), SwedishText.of("postponement-grounds", g.name()))).toList();
    }

    /** Sends one change to case-service: empty when done, its refusal in Swedish when it says no. */
    private static Optional<Refusal> attempt(Runnable change) {
        try {
            change.run();
            return Optional.empty();
        } catch (CaseServiceRefusal e) {
            return Optional.of(Refusals.of(e.problem()));
        }
    }

    /** The form itself is incomplete: refused before anything reaches case-service. */
    private static Refusal invalid(String reason) {
        return new Refusal("Uppgifterna behöver kompletteras", List.of(reason), null, "desk:validation");
    }

    private static void putYesNo(Map<String, Object> step, String field, String value) {
        if ("ja".equals(value)) {
            step.put(field, Boolean.TRUE);
        } else if ("nej".equals(value)) {
            step.put(field, Boolean.FALSE);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
