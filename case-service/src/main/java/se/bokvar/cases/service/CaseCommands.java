package se.bokvar.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CaseStatus;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.NoticeKind;
import se.bokvar.cases.access.CaseAccess;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.cases.duty.CaseworkerDirectory;
import se.bokvar.cases.duty.ResponsibleCaseworkers;
import se.bokvar.cases.rest.AssignmentRequest;
import se.bokvar.cases.rest.BoardRequest;
import se.bokvar.cases.rest.OtherSourceNoticeRequest;
import se.bokvar.cases.rest.PositionRequest;
import se.bokvar.cases.rest.RegisteredNotice;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.platform.security.Roles;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * The caseworkers' and supervisors' changes to a case that are not checklist steps: positions on notices,
 * assignment, moving a case to another board, registering a notice from another source. Each runs in one
 * transaction with the case locked; events go through the outbox.
 */
@ApplicationScoped
public class CaseCommands {

    private final Mutiny.SessionFactory sessionFactory;
    private final Clock clock;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;
    private final ResponsibleCaseworkers responsible;
    private final CaseworkerDirectory directory;
    private final Routing routing;
    private final NoticeRegistration registration;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;
    private final Checklist checklist;

    @Inject
    public CaseCommands(Mutiny.SessionFactory sessionFactory, Clock clock, Timeline timeline,
            CaseAnnouncements announcements, DeadlineService deadlines, ResponsibleCaseworkers responsible,
            CaseworkerDirectory directory, Routing routing, NoticeRegistration registration, TenancyKeys keys,
            ObjectMapper mapper, Checklist checklist) {
        this.checklist = checklist;
        this.sessionFactory = sessionFactory;
        this.clock = clock;
        this.timeline = timeline;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.responsible = responsible;
        this.directory = directory;
        this.routing = routing;
        this.registration = registration;
        this.keys = keys;
        this.mapper = mapper;
    }

    /**
     * Loads and locks a case the caller may see (404 otherwise) and may act on as {@code allowed} says (403).
     */
    public static Uni<HouseholdCase> locked(Mutiny.Session session, Caller caller, UUID id,
            BiPredicate<Caller, HouseholdCase> allowed, String what) {
        return session.find(HouseholdCase.class, id, LockMode.PESSIMISTIC_WRITE).map(c -> {
            if (c == null || !CaseAccess.mayRead(caller, c)) {
                throw ProblemException.notFound("Case " + id);
            }
            if (!allowed.test(caller, c)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Your unit may not " + what + " on this case.");
            }
            return c;
        });
    }

    static void requireOpen(HouseholdCase c) {
        if (!c.isOpen()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "The case is closed; a new notice opens a new case.");
        }
    }

    /** Records the position on a notice (OPEN_PRE_ASSESSMENT moves an opened case into the pre-assessment). */
    public Uni<Void> position(Caller caller, UUID caseId, UUID noticeId, PositionRequest request) {
        if (request.decision() == PositionRequest.Decision.NO_ACTION
                && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.validation("reason", "is required when the position is NO_ACTION: say why");
        }
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "record positions")
                .flatMap(c -> session.find(CaseNotice.class, noticeId).flatMap(n -> {
                    if (n == null || !n.caseId.equals(c.id)) {
                        throw ProblemException.notFound("Notice " + noticeId + " on case " + caseId);
                    }
                    requireOpen(c);
                    boolean first = n.position == null;
                    n.position = request.decision().name();
                    n.positionReason = request.reason();
                    n.positionBy = caller.auditName();
                    n.positionAt = OffsetDateTime.now(clock);
                    if (first) {
                        c.noticesWithoutPosition = Math.max(0, c.noticesWithoutPosition - 1);
                    }
                    Uni<Void> chain = timeline.add(session, c.id, "POSITION_RECORDED",
                            (first ? "Position recorded: " : "Position changed: ") + request.decision()
                                    + (request.reason() == null ? "" : " (" + request.reason() + ")"),
                            caller.auditName(), n.id.toString(), null);
                    if (request.decision() == PositionRequest.Decision.OPEN_PRE_ASSESSMENT && c.status == CaseStatus.OPENED) {
                        chain = chain.flatMap(v -> moveTo(session, c, CaseStatus.PRE_ASSESSMENT, caller,
                                "Pre-assessment (förhandsbedömning) opened"));
                    }
                    return chain.flatMap(v -> deadlines.refresh(session, c));
                })));
    }

    /** Moves the case along its lifecycle (the caller checked the transition). */
    public Uni<Void> moveTo(Mutiny.Session session, HouseholdCase c, CaseStatus target, Caller caller, String summary) {
        if (!c.status.stage().mayMoveTo(target.stage())) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION,
                    "A case in " + c.status + " cannot move to " + target + "; allowed: " + c.status.stage().next());
        }
        CaseStatus from = c.status;
        c.status = target;
        return timeline.add(session, c.id, "STATUS_CHANGED", summary + " (" + from + " → " + target + ")",
                caller == null ? null : caller.auditName(), null, Map.of("from", from.name(), "to", target.name()));
    }

    /** Assigns the case to the caller ("me") or a colleague of the case's adult unit. */
    public Uni<Void> assign(Caller caller, UUID caseId, AssignmentRequest request) {
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "assign caseworkers")
                .flatMap(c -> {
                    requireOpen(c);
                    if (c.board == null) {
                        throw new ProblemException(ProblemType.CONFLICT,
                                "The case is unrouted: a supervisor first moves it to a board (PUT /api/v1/cases/{id}/board).");
                    }
                    String target = "me".equalsIgnoreCase(request.caseworker()) ? caller.username() : request.caseworker();
                    boolean self = target.equals(caller.username()) && caller.hasRole(Roles.CASEWORKER)
                            && caller.isAdultUnit() && c.board.equals(caller.board());
                    if (!self && !directory.inAdultUnit(target, c.board)) {
                        throw ProblemException.validation("caseworker",
                                "is not a caseworker of the adult unit of this case's board");
                    }
                    if (target.equals(c.assignedTo)) {
                        return Uni.createFrom().voidItem();
                    }
                    String previous = c.assignedTo;
                    c.assignedTo = target;
                    c.assignedAt = OffsetDateTime.now(clock);
                    return timeline.add(session, c.id, "ASSIGNED", previous == null ? "Assigned to " + target
                            : "Reassigned from " + previous + " to " + target, caller.auditName(), target, null)
                            .flatMap(v -> session.flush())
                            .flatMap(v -> responsible.caseChanged(session, c));
                }));
    }

    /** Takes the case off its caseworker (back to the unit's unassigned cases). */
    public Uni<Void> unassign(Caller caller, UUID caseId) {
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "assign caseworkers")
                .flatMap(c -> {
                    requireOpen(c);
                    if (c.assignedTo == null) {
                        return Uni.createFrom().voidItem();
                    }
                    String previous = c.assignedTo;
                    c.assignedTo = null;
                    c.assignedAt = null;
                    return timeline.add(session, c.id, "UNASSIGNED", previous + " no longer assigned", caller.auditName(),
                            null, null).flatMap(v -> session.flush()).flatMap(v -> responsible.caseChanged(session, c));
                }));
    }

    /** A supervisor moves the case to another board: its caseworker is released, the new board's unit takes over. */
    public Uni<Void> reroute(Caller caller, UUID caseId, BoardRequest request) {
        if (!routing.table().boards().contains(request.board())) {
            throw ProblemException.validation("board", "is not a board of the routing table: " + routing.table().boards());
        }
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayReroute, "move cases between boards")
                .flatMap(c -> {
                    requireOpen(c);
                    if (request.board().equals(c.board)) {
                        throw new ProblemException(ProblemType.CONFLICT, "The case already belongs to " + request.board() + ".");
                    }
                    String from = c.board;
                    c.board = request.board();
                    c.assignedTo = null;
                    c.assignedAt = null;
                    return session.createNativeQuery("update case_task set board = ?1 where case_id = ?2 and done_at is null")
                            .setParameter(1, c.board).setParameter(2, c.id).executeUpdate()
                            .flatMap(v -> timeline.add(session, c.id, "ROUTED", (from == null ? "Moved out of the unrouted queue to "
                                    : "Moved from " + from + " to ") + c.board + ": " + request.reason(), caller.auditName(),
                                    c.board, null))
                            .flatMap(v -> session.flush())
                            .flatMap(v -> announcements.accessChanged(session, c))
                            .flatMap(v -> responsible.caseChanged(session, c))
                            .flatMap(v -> deadlines.refresh(session, c));
                }));
    }

    /** Registers information from another source (the tenant, a relative, another administration). */
    public Uni<RegisteredNotice> registerOtherSource(Caller caller, OtherSourceNoticeRequest request) {
        Instant now = clock.instant();
        if (request.receivedAt() != null && request.receivedAt().toInstant().isAfter(now.plusSeconds(60))) {
            throw ProblemException.validation("receivedAt", "must not be in the future");
        }
        PostalCode postalCode = PostalCode.parse(request.address().postalCode());
        String flat = request.address().flatNumber() == null || request.address().flatNumber().isBlank() ? null
                : request.address().flatNumber().strip();
        List<PersonV1> tenants = request.tenants().stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new PersonV1(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
        AddressV1 address = new AddressV1(request.address().street().strip(), postalCode.value(),
                request.address().city(), flat);
        KeysV1 keyPair = new KeysV1(keys.buildingKey(postalCode, address.street()),
                keys.tenancyKey(postalCode, address.street(), flat));
        UUID noticeId = UUID.randomUUID();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().toInstant();
        String payload;
        try {
            payload = mapper.writeValueAsString(Map.of("description", request.description(), "tenants", tenants,
                    "address", address, "landlordId", request.landlordId() == null ? "" : request.landlordId(),
                    "source", request.source().name()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        IncomingNotice notice = new IncomingNotice(noticeId, NoticeKind.valueOf(request.kind().name()),
                IncomingNotice.OTHER, request.source().name(), request.source().name().toLowerCase(java.util.Locale.ROOT),
                null, receivedAt, null, tenants, address, keyPair,
                request.childrenKnown() == null ? "UNKNOWN" : request.childrenKnown().name(), null, null, null, null,
                null, null, caller.auditName(), payload);
        return transaction(session -> registration.register(session, notice)).map(r -> {
            HouseholdCase c = r.householdCase();
            return new RegisteredNotice(noticeId, CaseAccess.mayRead(caller, c) ? c.id : null, c.board);
        });
    }

    /**
     * Asks Kronofogden to postpone an eviction (anstånd): recorded, on the timeline, and announced
     * (POSTPONEMENT_REQUESTED) for kronofogden-adapter to deliver; its answer comes back as a delivery event.
     */
    public Uni<UUID> requestPostponement(Caller caller, UUID caseId, se.bokvar.cases.rest.PostponementRequestBody request) {
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "request postponements")
                .flatMap(c -> {
                    requireOpen(c);
                    return session.find(se.bokvar.cases.KfmEviction.class,
                            new se.bokvar.cases.KfmEviction.Key(c.id, request.kfmCaseNumber())).flatMap(k -> {
                                if (k == null) {
                                    throw ProblemException.validation("kfmCaseNumber", "is not an eviction case of this case");
                                }
                                if (k.cancelled() || se.bokvar.cases.KfmEviction.CARRIED_OUT.equals(k.status)) {
                                    throw new ProblemException(ProblemType.CONFLICT,
                                            "The eviction is " + k.status + ": there is nothing to postpone.");
                                }
                                se.bokvar.cases.PostponementRequest p = new se.bokvar.cases.PostponementRequest();
                                p.id = UUID.randomUUID();
                                p.caseId = c.id;
                                p.kfmCaseNumber = k.kfmCaseNumber;
                                p.grounds = request.grounds().name();
                                p.motivation = request.motivation();
                                p.requestedBy = caller.auditName();
                                p.requestedAt = OffsetDateTime.now(clock);
                                se.bokvar.contracts.v1.CaseworkerV1 by = directory.find(caller.username())
                                        .map(CaseworkerDirectory.Entry::asContract)
                                        .orElseGet(() -> new se.bokvar.contracts.v1.CaseworkerV1(caller.username(),
                                                caller.displayName() == null ? caller.username() : caller.displayName(),
                                                null, null, c.board));
                                return session.persist(p)
                                        .flatMap(v -> announcements.postponementRequested(session, c,
                                                new se.bokvar.contracts.v1.PostponementRequestedV1(p.id, c.id, k.kfmCaseNumber,
                                                        p.grounds, p.motivation, by, p.requestedAt.toInstant())))
                                        .flatMap(v -> timeline.add(session, c.id, "POSTPONEMENT_REQUESTED",
                                                "Postponement (anstånd) requested from Kronofogden: " + p.grounds,
                                                caller.auditName(), p.id.toString(), Map.of("motivation", p.motivation)))
                                        .replaceWith(p.id);
                            });
                }));
    }

    /**
     * Closes the case with its outcome. Refused (409) while a required step is outstanding (the conversation with
     * the parents when children are affected; attendance at every eviction not cancelled, with the children-and-youth
     * unit when children are affected) — each can be recorded as not possible with its reason.
     */
    public Uni<Void> close(Caller caller, UUID caseId, se.bokvar.cases.rest.ClosingRequest request) {
        List<se.bokvar.rules.casework.Violation> invalid = request.outcome().validate(request.avertedBy(), request.note());
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, invalid.size() + " field(s) are invalid",
                    invalid.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "close cases").flatMap(c -> {
            if (!c.status.stage().mayMoveTo(se.bokvar.rules.casework.Stage.CLOSED)) {
                throw new ProblemException(ProblemType.INVALID_TRANSITION, "The case is already closed.");
            }
            return session.createSelectionQuery("from KfmEviction where caseId = :id", se.bokvar.cases.KfmEviction.class)
                    .setParameter("id", c.id).getResultList()
                    .flatMap(evictions -> session.createSelectionQuery("from CaseStep where caseId = :id and status = :done",
                            se.bokvar.cases.CaseStep.class).setParameter("id", c.id)
                            .setParameter("done", se.bokvar.cases.CaseStep.DONE).getResultList()
                            .flatMap(steps -> {
                                var outstanding = checklist.outstanding(c, evictions, steps);
                                if (!outstanding.isEmpty()) {
                                    throw new ProblemException(ProblemType.INVALID_TRANSITION,
                                            "Required steps are outstanding: " + outstanding.stream()
                                                    .map(r -> r.kind() + (r.ref().equals("case") ? "" : " (" + r.ref() + ")"))
                                                    .toList(),
                                            outstanding.stream().map(r -> new Problem.FieldError("requiredSteps",
                                                    r.kind() + " " + r.ref() + " is not recorded")).toList());
                                }
                                c.closedAt = OffsetDateTime.now(clock);
                                c.outcome = request.outcome().name();
                                c.outcomeDetail = request.avertedBy() == null ? null : request.avertedBy().name();
                                c.outcomeNote = request.note();
                                return moveTo(session, c, CaseStatus.CLOSED, caller, "Case closed: " + request.outcome()
                                        + (request.avertedBy() == null ? "" : " (" + request.avertedBy() + ")"))
                                        .flatMap(v -> session.flush())
                                        .flatMap(v -> announcements.accessChanged(session, c))
                                        .flatMap(v -> deadlines.refresh(session, c));
                            }));
        }));
    }

    /** Extends the pre-assessment's limit for a recorded special reason (a guideline: never required, never a block). */
    public Uni<Void> extendPreAssessment(Caller caller, UUID caseId, se.bokvar.cases.rest.ExtensionRequest request) {
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayManage, "extend the pre-assessment")
                .flatMap(c -> {
                    if (c.status != CaseStatus.OPENED && c.status != CaseStatus.PRE_ASSESSMENT) {
                        throw new ProblemException(ProblemType.INVALID_TRANSITION,
                                "The pre-assessment has ended (the case is in " + c.status + ").");
                    }
                    return deadlines.current(session, c).flatMap(ds -> {
                        java.time.LocalDate limit = ds.stream()
                                .filter(d -> d.kind() == se.bokvar.rules.deadline.DeadlineEngine.Kind.PRE_ASSESSMENT)
                                .findFirst().orElseThrow().dueOn();
                        if (!request.newLimit().isAfter(limit)) {
                            throw ProblemException.validation("newLimit", "must be after the current limit " + limit);
                        }
                        se.bokvar.cases.PreAssessmentExtension e = new se.bokvar.cases.PreAssessmentExtension();
                        e.id = UUID.randomUUID();
                        e.caseId = c.id;
                        e.newLimit = request.newLimit();
                        e.reason = request.reason();
                        e.recordedBy = caller.auditName();
                        e.recordedAt = OffsetDateTime.now(clock);
                        return session.persist(e)
                                .flatMap(v -> timeline.add(session, c.id, "PRE_ASSESSMENT_EXTENDED", "Pre-assessment limit extended to "
                                        + request.newLimit() + ": " + request.reason(), caller.auditName(), null, null))
                                .flatMap(v -> deadlines.refresh(session, c));
                    });
                }));
    }

    /** The children-and-youth unit marks its task on the case done. */
    public Uni<Void> taskDone(Caller caller, UUID caseId, UUID taskId) {
        return transaction(session -> locked(session, caller, caseId, CaseAccess::mayRecordSteps, "complete tasks")
                .flatMap(c -> session.find(se.bokvar.cases.CaseTask.class, taskId).flatMap(t -> {
                    if (t == null || !t.caseId.equals(c.id)) {
                        throw ProblemException.notFound("Task " + taskId + " of case " + caseId);
                    }
                    if (!caller.hasRole(Roles.SUPERVISOR) && !t.unit.equals(caller.unitType())) {
                        throw new ProblemException(ProblemType.FORBIDDEN, "The task belongs to the " + t.unit + " unit.");
                    }
                    if (t.doneAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    t.doneAt = OffsetDateTime.now(clock);
                    t.doneBy = caller.auditName();
                    return timeline.add(session, c.id, "TASK_DONE", "The " + t.unit + " unit completed its task " + t.kind,
                            caller.auditName(), t.id.toString(), null);
                })));
    }

    /** Runs the work in a transaction and nudges the outbox relay after the commit. */
    public <T> Uni<T> transaction(java.util.function.Function<Mutiny.Session, Uni<T>> work) {
        return sessionFactory.withTransaction((session, tx) -> work.apply(session)).invoke(announcements::nudge);
    }

    static Problem problem(ProblemType type, String detail) {
        return Problem.of(type, detail);
    }
}
