package se.bokvar.cases.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.app.notice.ChildrenInvolvement;
import se.bokvar.cases.store.CaseStep;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.consent.ConsentGate;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.PaymentCommitmentTiming;
import se.bokvar.rules.casework.StepFields;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.notice.ChildrenKnown;

/**
 * Writes a checked step: the step with its consent decision (DONE, or REFUSED when consent-service did not allow
 * the disclosure), its timeline entry, its flags and warnings (a payment commitment after the recovery period), and
 * its effects on the case (the lifecycle, children found); then the deadlines are recomputed.
 */
@ApplicationScoped
public class StepRecording {

    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;
    private final CaseLifecycle lifecycle;
    private final ChildrenInvolvement children;
    private final ObjectMapper mapper;

    @Inject
    public StepRecording(Timeline timeline, CaseAnnouncements announcements, DeadlineService deadlines,
            CaseLifecycle lifecycle, ChildrenInvolvement children, ObjectMapper mapper) {
        this.timeline = timeline;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.lifecycle = lifecycle;
        this.children = children;
        this.mapper = mapper;
    }

    Uni<RecordStep.Recorded> save(Mutiny.Session session, Caller caller, HouseholdCase c, StepRequest r,
            ConsentGate.Decision decision, Instant now) {
        boolean needsConsent = decision != null;
        boolean allowed = !needsConsent || decision.allowed();
        CaseStep step = new CaseStep();
        step.id = UUID.randomUUID();
        step.caseId = c.id;
        step.kind = r.kind();
        step.status = allowed ? CaseStep.Status.DONE : CaseStep.Status.REFUSED;
        step.performedBy = StepFields.blankToNull(r.performedBy()) == null ? caller.auditName() : r.performedBy().strip();
        Instant performed = r.kind() == StepKind.PAYMENT_COMMITMENT ? r.sentAt().toInstant()
                : r.performedAt() == null ? now : r.performedAt().toInstant();
        step.performedAt = OffsetDateTime.ofInstant(performed, Stockholm.STOCKHOLM);
        step.recordedBy = caller.auditName();
        step.recordedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        step.notes = r.notes();
        step.details = json(details(r));
        step.kfmCaseNumber = StepFields.blankToNull(r.kfmCaseNumber());
        if (needsConsent) {
            step.consentDecision = decision.answer().name();
            step.consentReason = decision.reason();
            step.consentId = decision.consentId();
            step.consentVersion = decision.consentVersion();
        } else if (r.kind() == StepKind.LANDLORD_CONTACTED) {
            step.consentDecision = "NOT_REQUIRED";
            step.consentReason = "Questions to the landlord that reported a notice on this case; nothing disclosed";
        }
        List<String> flags = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!allowed) {
            return session.persist(step)
                    .flatMap(v -> timeline.add(session, c.id, "STEP_REFUSED", r.kind() + " not done: "
                            + decision.answer() + " from consent-service (" + decision.reason() + ")", caller.auditName(),
                            step.id.toString(), Map.of("kind", step.kind, "decision", decision.answer().name())))
                    .replaceWith(new RecordStep.Recorded(result(step, c, flags, warnings),
                            new RecordStep.Refusal(decision.answer() == ConsentGate.Answer.UNAVAILABLE, decision.reason())));
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (r.kind() == StepKind.PAYMENT_COMMITMENT) {
            chain = deadlines.current(session, c).invoke(ds -> timing(ds, Stockholm.dateOf(performed), flags, warnings))
                    .replaceWithVoid();
        }
        if (r.kind() == StepKind.TENANT_CONTACT && !r.method().countsAsPersonalContact(Boolean.TRUE.equals(r.reached()))
                && r.method() == ContactMethod.LETTER) {
            warnings.add("A_LETTER_IS_NOT_PERSONAL_CONTACT");
        }
        return chain.flatMap(v -> {
            step.flags = flags.toArray(String[]::new);
            return session.persist(step);
        }).flatMap(v -> timeline.add(session, c.id, performed, "STEP_RECORDED", describe(r, step), step.performedBy,
                step.id.toString(), stepTimelineDetails(step, flags)))
                .flatMap(v -> effects(session, caller, c, r))
                .flatMap(v -> deadlines.refresh(session, c))
                .map(v -> new RecordStep.Recorded(result(step, c, flags, warnings), null));
    }

    private static void timing(List<Deadline> ds, LocalDate sentOn, List<String> flags, List<String> warnings) {
        Deadline period = DeadlineService.currentRecoveryPeriod(ds);
        PaymentCommitmentTiming timing = PaymentCommitmentTiming.of(sentOn, period == null ? null : period.dueOn());
        switch (timing) {
            case AFTER_PERIOD -> flags.add("SENT_AFTER_RECOVERY_PERIOD");
            case PERIOD_ENDS_WITHIN_A_DAY -> warnings.add("RECOVERY_PERIOD_ENDS_WITHIN_A_DAY");
            case NO_RECOVERY_PERIOD -> warnings.add("NO_RECOVERY_PERIOD");
            default -> {
            }
        }
        if (period != null && period.actBy() != null && sentOn.isAfter(period.actBy()) && timing != PaymentCommitmentTiming.AFTER_PERIOD) {
            warnings.add("AFTER_ACT_BY_DATE");
        }
    }

    /** Lifecycle moves and children found. */
    private Uni<Void> effects(Mutiny.Session session, Caller caller, HouseholdCase c, StepRequest r) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        var next = r.kind().stageAfter(c.status);
        if (next.isPresent()) {
            String summary = switch (r.kind()) {
                case INVESTIGATION_OPENED -> "Investigation (utredning) opened with the adult's agreement";
                case SUPPORT_DECIDED -> "Support (insats) decided";
                default -> "Follow-up (uppföljning) started with consent";
            };
            chain = chain.flatMap(v -> lifecycle.moveTo(session, c, next.get(), caller, summary));
        }
        if (r.children() == StepRequest.ChildrenFinding.LIVES_IN || r.children() == StepRequest.ChildrenFinding.VISITS) {
            boolean before = c.childrenAffected();
            c.childrenKnown = ChildrenKnown.YES;
            c.childrenRelation = r.children().name();
            if (!before) {
                chain = chain.flatMap(v -> session.flush()).flatMap(v -> announcements.accessChanged(session, c))
                        .flatMap(v -> children.childrenAffected(session, c, r.kind() + " found children who "
                                + (r.children() == StepRequest.ChildrenFinding.VISITS ? "regularly visit" : "live in")
                                + " the household"));
            }
        } else if (r.children() == StepRequest.ChildrenFinding.NONE && c.childrenKnown == ChildrenKnown.UNKNOWN) {
            c.childrenKnown = ChildrenKnown.NO;
        }
        return chain;
    }

    private static String describe(StepRequest r, CaseStep step) {
        return switch (r.kind()) {
            case TENANT_CONTACT -> "Contact with the tenant: " + r.method() + (Boolean.TRUE.equals(r.reached())
                    ? (r.method().countsAsPersonalContact(true) ? ", personal contact" : ", reached (a letter is not personal contact)")
                    : ", not reached");
            case PAYMENT_COMMITMENT -> "Written payment commitment sent by registered letter " + r.letterReference()
                    + (step.flags.length > 0 ? " — AFTER THE RECOVERY PERIOD" : "");
            case EVICTION_ATTENDANCE -> Boolean.TRUE.equals(r.agreedOtherwiseWithKronofogden())
                    ? "Attendance at eviction " + r.kfmCaseNumber() + " agreed otherwise with Kronofogden: " + r.reason()
                    : "Attended eviction " + r.kfmCaseNumber()
                            + (Boolean.TRUE.equals(r.childrenUnitAttended()) ? " with the children-and-youth unit" : "");
            default -> "Step recorded: " + r.kind();
        };
    }

    private static Map<String, Object> stepTimelineDetails(CaseStep step, List<String> flags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", step.kind);
        if (step.consentDecision != null) {
            m.put("consent", step.consentDecision);
        }
        if (!flags.isEmpty()) {
            m.put("flags", flags);
        }
        return m;
    }

    /** The kind's own fields, as stored in the step's details. */
    Map<String, Object> details(StepRequest r) {
        Map<String, Object> d = new LinkedHashMap<>();
        put(d, "children", r.children());
        put(d, "registeredAtAddress", r.registeredAtAddress());
        put(d, "otherAdults", r.otherAdults());
        put(d, "knownToUnits", r.knownToUnits());
        put(d, "administration", r.administration());
        put(d, "landlordId", r.landlordId());
        put(d, "landlordContact", r.landlordContact());
        put(d, "method", r.method());
        put(d, "reached", r.reached());
        if (r.method() != null && r.reached() != null) {
            d.put("personalContact", r.method().countsAsPersonalContact(r.reached()));
        }
        put(d, "assessment", r.assessment());
        put(d, "purpose", r.purpose());
        put(d, "adultAgreement", r.adultAgreement());
        put(d, "support", r.support());
        put(d, "sentAt", r.sentAt() == null ? null : r.sentAt().toString());
        put(d, "letterReference", r.letterReference());
        put(d, "amount", r.amount());
        put(d, "held", r.held());
        put(d, "reason", r.reason());
        put(d, "attended", r.attended());
        put(d, "childrenUnitAttended", r.childrenUnitAttended());
        put(d, "agreedOtherwiseWithKronofogden", r.agreedOtherwiseWithKronofogden());
        if (r.party() != null) {
            d.put("party", Map.of("kind", r.party().kind(), "id", r.party().id()));
        }
        return d;
    }

    private static void put(Map<String, Object> d, String key, Object value) {
        if (value != null) {
            d.put(key, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    private StepResult result(CaseStep step, HouseholdCase c, List<String> flags, List<String> warnings) {
        return new StepResult(step.id, step.kind.name(), step.status.name(), step.performedAt, step.performedBy, c.status.name(),
                List.copyOf(flags), List.copyOf(warnings), step.consentDecision == null ? null
                        : new StepResult.ConsentDecision(step.consentDecision, step.consentReason, step.consentId,
                                step.consentVersion));
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
