package se.bokvar.cases.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CasePerson;
import se.bokvar.cases.CaseStatus;
import se.bokvar.cases.CaseStep;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.access.CaseAccess;
import se.bokvar.cases.consent.ConsentGate;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.cases.rest.StepRequest;
import se.bokvar.cases.rest.StepResult;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.Disclosure;
import se.bokvar.rules.casework.PaymentCommitmentTiming;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.casework.StepRules;
import se.bokvar.rules.casework.Violation;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Records the checklist's steps (handbook ch. 6–7) under the legal-rules {@link StepRules}: lifecycle, the adult's
 * agreement to an investigation, the unannounced home visit, no investigative steps or individual support before
 * the investigation. A step that discloses something ({@link Disclosure}) asks consent-service first, outside any
 * database transaction, forwarding the caseworker's token; the decision is recorded on the step, and a step without
 * an ALLOW is recorded as REFUSED (the attempt and the decision), and nothing is disclosed.
 */
@ApplicationScoped
public class Steps {

    public static final URI STEP_REFUSED = URI.create("https://bokvar.se/problems/step-refused");
    static final Set<String> ADMINISTRATIONS = Set.of("elderly-care", "disability-support", "addiction-care", "psychiatry",
            "school", "other");
    static final Set<String> PARTY_KINDS = Set.of("LANDLORD", "OTHER_ADMINISTRATION", "BUDGET_DEBT_COUNSELLING",
            "KRONOFOGDEN", "NAMED_PARTY");
    static final Set<StepKind> CHILDREN_UNIT_STEPS = Set.of(StepKind.CHILDREN_CONVERSATION, StepKind.EVICTION_ATTENDANCE);

    private final Mutiny.SessionFactory sessionFactory;
    private final Clock clock;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;
    private final CaseCommands commands;
    private final NoticeRegistration registration;
    private final ConsentGate consent;
    private final ObjectMapper mapper;

    @Inject
    public Steps(Mutiny.SessionFactory sessionFactory, Clock clock, Timeline timeline, CaseAnnouncements announcements,
            DeadlineService deadlines, CaseCommands commands, NoticeRegistration registration, ConsentGate consent,
            ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.clock = clock;
        this.timeline = timeline;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.commands = commands;
        this.registration = registration;
        this.consent = consent;
        this.mapper = mapper;
    }

    /**
     * What happened: the step (DONE or REFUSED), and for a refused disclosure the consent decision behind it (the
     * resource answers 403 consent-required or 503 dependency-unavailable after the attempt was committed).
     */
    public record Recorded(StepResult result, ConsentGate.Decision refusal) {
    }

    /** What consent a step needs: the disclosure, whose consent, which party. */
    record ConsentQuestion(Disclosure disclosure, String personalIdentityNumber, String partyKind, String partyId) {
    }

    public Uni<Recorded> record(Caller caller, String authorization, UUID caseId, StepRequest request) {
        Instant now = clock.instant();
        List<Problem.FieldError> invalid = validate(request, now);
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    invalid.size() == 1 ? "1 field is invalid" : invalid.size() + " fields are invalid", invalid);
        }
        // 1. check the rules on the current state and find out whether consent is needed (no lock held)
        return sessionFactory.withTransaction((session, tx) -> CaseQueries.visible(session, caller, caseId)
                .flatMap(c -> check(session, caller, c, request).flatMap(v -> consentQuestion(session, c, request))))
                // 2. ask consent-service, outside any transaction
                .flatMap(question -> question == null ? Uni.createFrom().item((ConsentGate.Decision) null)
                        : consent.decide(authorization, caseId, question.personalIdentityNumber(), question.disclosure(),
                                question.partyKind(), question.partyId()))
                // 3. record, with the case locked and the rules checked again
                .flatMap(decision -> commands.transaction(session -> CaseCommands.locked(session, caller, caseId,
                        CaseAccess::mayRecordSteps, "record steps")
                        .flatMap(c -> check(session, caller, c, request)
                                .flatMap(v -> save(session, caller, c, request, decision, now)))));
    }

    // -----------------------------------------------------------------------------------------------------------
    // Validation (400) and rules (409)
    // -----------------------------------------------------------------------------------------------------------

    List<Problem.FieldError> validate(StepRequest r, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.performedAt() != null && r.performedAt().toInstant().isAfter(now.plusSeconds(60))) {
            errors.add(new Problem.FieldError("performedAt", "must not be in the future"));
        }
        switch (r.kind()) {
            case TENANT_CONTACT -> {
                required(errors, r.method(), "method");
                required(errors, r.reached(), "reached");
            }
            case LANDLORD_CONTACTED -> {
                required(errors, blankToNull(r.landlordId()), "landlordId");
                required(errors, r.landlordContact(), "landlordContact");
            }
            case INFORM_LANDLORD_PLANNED_SUPPORT -> required(errors, blankToNull(r.landlordId()), "landlordId");
            case PAYMENT_COMMITMENT -> {
                required(errors, blankToNull(r.landlordId()), "landlordId");
                required(errors, r.sentAt(), "sentAt");
                required(errors, blankToNull(r.letterReference()), "letterReference");
                if (r.sentAt() != null && r.sentAt().toInstant().isAfter(now.plusSeconds(60))) {
                    errors.add(new Problem.FieldError("sentAt", "must not be in the future"));
                }
            }
            case CONTACT_OTHER_ADMINISTRATION -> {
                if (r.administration() == null || !ADMINISTRATIONS.contains(r.administration())) {
                    errors.add(new Problem.FieldError("administration", "must be one of " + ADMINISTRATIONS.stream().sorted().toList()));
                }
            }
            case INVESTIGATION_OPENED -> required(errors, r.adultAgreement(), "adultAgreement");
            case SUPPORT_DECIDED -> required(errors, r.support(), "support");
            case CHILDREN_CONVERSATION -> {
                if (Boolean.FALSE.equals(r.held()) && blankToNull(r.reason()) == null) {
                    errors.add(new Problem.FieldError("reason", "is required when the conversation was not held: say why"));
                }
            }
            case EVICTION_ATTENDANCE -> {
                required(errors, blankToNull(r.kfmCaseNumber()), "kfmCaseNumber");
                boolean agreed = Boolean.TRUE.equals(r.agreedOtherwiseWithKronofogden());
                if (agreed && blankToNull(r.reason()) == null) {
                    errors.add(new Problem.FieldError("reason", "is required when attendance was agreed otherwise with Kronofogden"));
                }
                if (!agreed && !Boolean.TRUE.equals(r.attended()) && !Boolean.TRUE.equals(r.childrenUnitAttended())) {
                    errors.add(new Problem.FieldError("attended",
                            "record who attended, or agreedOtherwiseWithKronofogden with the reason"));
                }
            }
            case FOLLOW_UP -> {
                if (r.party() == null) {
                    errors.add(new Problem.FieldError("party", "is required: who is contacted in the follow-up"));
                } else if (!PARTY_KINDS.contains(r.party().kind())) {
                    errors.add(new Problem.FieldError("party.kind", "must be one of " + PARTY_KINDS.stream().sorted().toList()));
                }
            }
            default -> {
                // the other kinds need nothing but kind, who, when and notes
            }
        }
        if (r.method() == ContactMethod.UNANNOUNCED_HOME_VISIT && r.kind() == StepKind.TENANT_CONTACT
                && r.purpose() == null) {
            errors.add(new Problem.FieldError("purpose", "is required for an unannounced home visit: INFORM_AND_OFFER_SUPPORT"));
        }
        return errors;
    }

    private static void required(List<Problem.FieldError> errors, Object value, String field) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required for this kind of step"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The rules that depend on the case: who may, the lifecycle, the adult's agreement, the unannounced visit. */
    Uni<Void> check(Mutiny.Session session, Caller caller, HouseholdCase c, StepRequest r) {
        if (!CaseAccess.mayManage(caller, c) && !CHILDREN_UNIT_STEPS.contains(r.kind())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "The children-and-youth unit records the conversation with the parents and its attendance at evictions; "
                            + "the adult unit records the other steps.");
        }
        List<Violation> violations = new ArrayList<>(StepRules.allowedIn(r.kind(), c.status.stage()));
        if (r.kind() == StepKind.INVESTIGATION_OPENED) {
            violations.addAll(StepRules.investigation(Boolean.TRUE.equals(r.adultAgreement())));
        }
        Uni<Void> more = Uni.createFrom().voidItem();
        if (r.kind() == StepKind.TENANT_CONTACT && r.method() == ContactMethod.UNANNOUNCED_HOME_VISIT) {
            more = failedAttempts(session, c.id).invoke(failed ->
                    violations.addAll(StepRules.unannouncedHomeVisit(failed, r.assessment(), r.purpose()))).replaceWithVoid();
        }
        if (r.kind() == StepKind.EVICTION_ATTENDANCE) {
            more = more.flatMap(v -> session.find(KfmEviction.class, new KfmEviction.Key(c.id, r.kfmCaseNumber()))
                    .invoke(k -> {
                        if (k == null) {
                            throw ProblemException.validation("kfmCaseNumber", "is not an eviction case of this case");
                        }
                    }).replaceWithVoid());
        }
        return more.invoke(() -> {
            if (!violations.isEmpty()) {
                throw refused(violations);
            }
        });
    }

    static ProblemException refused(List<Violation> violations) {
        List<Problem.FieldError> errors = violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        String detail = String.join("; ", violations.stream().map(Violation::message).toList());
        return new ProblemException(new Problem(STEP_REFUSED, "The handbook's rules do not allow this step", 409,
                detail, null, errors));
    }

    private Uni<Long> failedAttempts(Mutiny.Session session, UUID caseId) {
        return session.createNativeQuery("select count(*) from case_step where case_id = ?1 and kind = 'TENANT_CONTACT'"
                + " and status = 'DONE' and details->>'reached' = 'false'")
                .setParameter(1, caseId).getSingleResult().map(n -> ((Number) n).longValue());
    }

    // -----------------------------------------------------------------------------------------------------------
    // Consent
    // -----------------------------------------------------------------------------------------------------------

    Uni<ConsentQuestion> consentQuestion(Mutiny.Session session, HouseholdCase c, StepRequest r) {
        return switch (r.kind()) {
            case CONTACT_OTHER_ADMINISTRATION -> question(session, c, r, Disclosure.CONTACT_ADMINISTRATION,
                    "OTHER_ADMINISTRATION", r.administration());
            case INFORM_LANDLORD_PLANNED_SUPPORT -> question(session, c, r, Disclosure.INFORM_PLANNED_SUPPORT, "LANDLORD",
                    r.landlordId());
            case PAYMENT_COMMITMENT -> question(session, c, r, Disclosure.PAYMENT_COMMITMENT, "LANDLORD", r.landlordId());
            case FOLLOW_UP -> question(session, c, r, Disclosure.FOLLOW_UP, r.party().kind(), r.party().id());
            case LANDLORD_CONTACTED -> landlordReported(session, c, r.landlordId()).flatMap(reported -> Disclosure
                    .forLandlordContact(r.landlordContact(), reported)
                    .map(d -> question(session, c, r, d, "LANDLORD", r.landlordId()))
                    .orElseGet(() -> Uni.createFrom().nullItem()));
            default -> Uni.createFrom().nullItem();
        };
    }

    /** Whether this landlord itself sent a notice on this case (then it may be asked questions without consent). */
    Uni<Boolean> landlordReported(Mutiny.Session session, HouseholdCase c, String landlordId) {
        return session.createSelectionQuery("select count(*) from CaseNotice where caseId = :id and source = :landlord"
                + " and senderId = :sender", Long.class)
                .setParameter("id", c.id).setParameter("landlord", IncomingNotice.LANDLORD).setParameter("sender", landlordId)
                .getSingleResult().map(n -> n > 0);
    }

    private Uni<ConsentQuestion> question(Mutiny.Session session, HouseholdCase c, StepRequest r, Disclosure d,
            String partyKind, String partyId) {
        return session.createSelectionQuery("from CasePerson where caseId = :id order by role desc, personalIdentityNumber",
                CasePerson.class).setParameter("id", c.id).getResultList().map(people -> {
                    String pin;
                    if (r.personalIdentityNumber() != null) {
                        String canonical = PersonalIdentityNumber.parse(r.personalIdentityNumber(), clock).canonical();
                        if (people.stream().noneMatch(p -> p.personalIdentityNumber.equals(canonical))) {
                            throw ProblemException.validation("personalIdentityNumber", "is not a member of this household");
                        }
                        pin = canonical;
                    } else {
                        pin = people.stream().filter(p -> "tenant".equals(p.role)).findFirst()
                                .or(() -> people.stream().findFirst())
                                .map(p -> p.personalIdentityNumber)
                                .orElseThrow(() -> ProblemException.validation("personalIdentityNumber",
                                        "is required: the case names nobody whose consent the disclosure could rest on"));
                    }
                    return new ConsentQuestion(d, pin, partyKind, partyId);
                });
    }

    // -----------------------------------------------------------------------------------------------------------
    // Recording
    // -----------------------------------------------------------------------------------------------------------

    private Uni<Recorded> save(Mutiny.Session session, Caller caller, HouseholdCase c, StepRequest r,
            ConsentGate.Decision decision, Instant now) {
        boolean needsConsent = decision != null;
        boolean allowed = !needsConsent || decision.allowed();
        CaseStep step = new CaseStep();
        step.id = UUID.randomUUID();
        step.caseId = c.id;
        step.kind = r.kind().name();
        step.status = allowed ? CaseStep.DONE : CaseStep.REFUSED;
        step.performedBy = blankToNull(r.performedBy()) == null ? caller.auditName() : r.performedBy().strip();
        Instant performed = r.kind() == StepKind.PAYMENT_COMMITMENT ? r.sentAt().toInstant()
                : r.performedAt() == null ? now : r.performedAt().toInstant();
        step.performedAt = OffsetDateTime.ofInstant(performed, Stockholm.STOCKHOLM);
        step.recordedBy = caller.auditName();
        step.recordedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        step.notes = r.notes();
        step.details = json(details(r));
        step.kfmCaseNumber = blankToNull(r.kfmCaseNumber());
        if (needsConsent) {
            step.consentDecision = decision.outcome().name();
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
                            + decision.outcome() + " from consent-service (" + decision.reason() + ")", caller.auditName(),
                            step.id.toString(), Map.of("kind", step.kind, "decision", decision.outcome().name())))
                    .replaceWith(new Recorded(result(step, c, flags, warnings), decision));
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
                .map(v -> new Recorded(result(step, c, flags, warnings), null));
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
        var next = r.kind().stageAfter(c.status.stage());
        if (next.isPresent()) {
            String summary = switch (r.kind()) {
                case INVESTIGATION_OPENED -> "Investigation (utredning) opened with the adult's agreement";
                case SUPPORT_DECIDED -> "Support (insats) decided";
                default -> "Follow-up (uppföljning) started with consent";
            };
            chain = chain.flatMap(v -> commands.moveTo(session, c, CaseStatus.of(next.get()), caller, summary));
        }
        if (r.children() == StepRequest.ChildrenFinding.LIVES_IN || r.children() == StepRequest.ChildrenFinding.VISITS) {
            boolean before = c.childrenAffected();
            c.childrenKnown = "YES";
            c.childrenRelation = r.children().name();
            if (!before) {
                chain = chain.flatMap(v -> session.flush()).flatMap(v -> announcements.accessChanged(session, c))
                        .flatMap(v -> registration.childrenAffected(session, c, r.kind() + " found children who "
                                + (r.children() == StepRequest.ChildrenFinding.VISITS ? "regularly visit" : "live in")
                                + " the household"));
            }
        } else if (r.children() == StepRequest.ChildrenFinding.NONE && "UNKNOWN".equals(c.childrenKnown)) {
            c.childrenKnown = "NO";
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
        return new StepResult(step.id, step.kind, step.status, step.performedAt, step.performedBy, c.status.name(),
                List.copyOf(flags), List.copyOf(warnings), step.consentDecision == null ? null
                        : new StepResult.ConsentDecision(step.consentDecision, step.consentReason, step.consentId,
                                step.consentVersion));
    }

    /** The steps of a case, newest first (for the case view and the timeline). */
    public static Uni<List<CaseStep>> of(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CaseStep where caseId = :id order by performedAt desc", CaseStep.class)
                .setParameter("id", caseId).getResultList();
    }

    JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CaseNotice> none() {
        return List.of();
    }
}
