package se.bokvar.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CaseStatus;
import se.bokvar.cases.CaseTask;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.NoticeKind;
import se.bokvar.cases.NoticeRevision;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.cases.duty.ResponsibleCaseworkers;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IncomingEvent;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.AcknowledgementResponsibility;

/**
 * Registers notices on cases (docs/domain-model.md): finds the household's open case or opens one in the unit
 * covering the postal code (unrouted if none does; linked to the household's previous closed case, if any),
 * escalates it, applies corrections, served-date updates and withdrawals with their history, and recomputes the
 * deadlines. Events that refer to a notice not registered yet (a correction overtaking its original across
 * partitions or replicas) are parked and applied when the notice arrives.
 */
@ApplicationScoped
public class NoticeRegistration {

    private static final Logger LOG = Logger.getLogger(NoticeRegistration.class);

    private final Routing routing;
    private final Clock clock;
    private final CaseLocator locator;
    private final People people;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;
    private final ResponsibleCaseworkers responsible;
    private final ObjectMapper mapper;
    private final ParkedEvents parked;
    private final EvictionUpdates evictionUpdates;

    @Inject
    public NoticeRegistration(Routing routing, Clock clock, CaseLocator locator, People people, Timeline timeline,
            CaseAnnouncements announcements, DeadlineService deadlines, ResponsibleCaseworkers responsible,
            ObjectMapper mapper, ParkedEvents parked, EvictionUpdates evictionUpdates) {
        this.parked = parked;
        this.evictionUpdates = evictionUpdates;
        this.routing = routing;
        this.clock = clock;
        this.locator = locator;
        this.people = people;
        this.timeline = timeline;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.responsible = responsible;
        this.mapper = mapper;
    }

    /** The result of a registration: the case, and whether the notice was new. */
    public record Registered(HouseholdCase householdCase, boolean registered) {
    }

    /** Registers a notice; a notice already registered is left alone. */
    public Uni<Registered> register(Mutiny.Session session, IncomingNotice notice) {
        return session.find(CaseNotice.class, notice.noticeId()).flatMap(existing -> {
            if (existing != null) {
                return session.find(HouseholdCase.class, existing.caseId).map(c -> new Registered(c, false));
            }
            return locator.lockBuilding(session, notice.keys().buildingKey())
                    .flatMap(v -> locator.openCase(session, notice))
                    .flatMap(found -> found.isPresent() ? attach(session, found.get(), notice)
                            : locator.previousCase(session, notice).flatMap(previous -> open(session, notice, previous)))
                    .map(c -> new Registered(c, true));
        });
    }

    private Uni<HouseholdCase> open(Mutiny.Session session, IncomingNotice notice, Optional<HouseholdCase> previous) {
        HouseholdCase c = new HouseholdCase();
        c.id = UUID.randomUUID();
        c.board = routing.boardFor(notice.address().postalCode()).orElse(null);
        c.unit = "adult";
        c.status = CaseStatus.OPENED;
        c.openedAt = OffsetDateTime.ofInstant(min(notice.receivedAt(), clock.instant()), Stockholm.STOCKHOLM);
        c.tenancyKey = notice.keys().tenancyKey();
        c.buildingKey = notice.keys().buildingKey();
        c.street = notice.address().street();
        c.postalCode = notice.address().postalCode();
        c.city = notice.address().city();
        c.flatNumber = notice.flatKnown() ? notice.address().flatNumber() : null;
        c.childrenKnown = notice.childrenKnown();
        c.escalation = notice.kind();
        c.urgent = notice.kind() == NoticeKind.EVICTION;
        c.previousCaseId = previous.map(p -> p.id).orElse(null);
        return session.persist(c)
                .flatMap(v -> timeline.add(session, c.id, notice.receivedAt(), "CASE_OPENED", c.board == null
                        ? "Case opened (aktualisering); no board covers the postal code: in the unrouted queue"
                        : "Case opened (aktualisering) in " + c.board + ", adult unit", null, null, null))
                .flatMap(v -> previous.isEmpty() ? Uni.createFrom().voidItem()
                        : timeline.add(session, c.id, notice.receivedAt(), "LINKED_TO_PREVIOUS_CASE",
                                "The household's earlier case was closed; this new case is linked to it", null,
                                previous.get().id.toString(), null))
                .flatMap(v -> addNotice(session, c, notice, true, "YES".equals(c.childrenKnown)))
                .replaceWith(c);
    }

    private Uni<HouseholdCase> attach(Mutiny.Session session, HouseholdCase c, IncomingNotice notice) {
        boolean childrenBefore = c.childrenAffected();
        if (notice.kind().isAbove(c.escalation)) {
            c.escalation = notice.kind();
        }
        c.urgent = c.urgent || notice.kind() == NoticeKind.EVICTION;
        mergeChildren(c, notice.childrenKnown());
        if (!c.flatKnown() && notice.flatKnown()) {
            c.flatNumber = notice.address().flatNumber();
            c.tenancyKey = notice.keys().tenancyKey();
        }
        boolean childrenNow = !childrenBefore && c.childrenAffected();
        return addNotice(session, c, notice, false, childrenNow).replaceWith(c);
    }

    static void mergeChildren(HouseholdCase c, String known) {
        if ("YES".equals(known)) {
            c.childrenKnown = "YES";
        } else if ("UNKNOWN".equals(c.childrenKnown) && "NO".equals(known)) {
            c.childrenKnown = "NO";
        }
    }

    private Uni<Void> addNotice(Mutiny.Session session, HouseholdCase c, IncomingNotice notice, boolean newCase,
            boolean childrenBecameAffected) {
        CaseNotice n = new CaseNotice();
        n.id = notice.noticeId();
        n.caseId = c.id;
        n.kind = notice.kind().name();
        n.source = notice.source();
        n.otherSource = notice.otherSource();
        n.senderId = notice.senderId();
        n.senderReference = notice.senderReference();
        n.receivedAt = OffsetDateTime.ofInstant(notice.receivedAt(), Stockholm.STOCKHOLM);
        n.countingReceivedAt = n.receivedAt;
        n.servedOn = notice.servedOn();
        n.tenure = notice.tenure();
        n.monthlyRent = notice.monthlyRent();
        n.debtAmount = notice.debtAmount();
        n.monthsInArrears = notice.monthsInArrears();
        n.kfmCaseNumber = notice.kfmCaseNumber();
        n.evictionAt = notice.evictionAt();
        n.childrenKnown = notice.childrenKnown();
        n.registeredBy = notice.registeredBy();
        n.payload = notice.payload();
        n.registeredAt = OffsetDateTime.now(clock);
        c.noticesWithoutPosition++;
        NoticeRevision original = new NoticeRevision();
        original.noticeId = n.id;
        original.revision = 1;
        original.change = NoticeRevision.ORIGINAL;
        original.changeId = n.id;
        original.receivedAt = n.receivedAt;
        original.servedOn = n.servedOn;
        original.tenure = n.tenure;
        original.recordedAt = n.registeredAt;
        Uni<Void> chain = session.persist(n)
                .flatMap(v -> session.persist(original))
                .flatMap(v -> people.add(session, c.id, notice.tenants(), "tenant", "notice"))
                .flatMap(v -> timeline.add(session, c.id, notice.receivedAt(), "NOTICE_REGISTERED",
                        describe(notice), notice.registeredBy(), n.id.toString(), Map.of("kind", n.kind, "source", n.source)))
                .flatMap(v -> announcements.noticeRegistered(session, c, n.id, notice.source()));
        if (newCase || childrenBecameAffected) {
            chain = chain.flatMap(v -> session.flush()).flatMap(v -> announcements.accessChanged(session, c));
        }
        if (childrenBecameAffected) {
            chain = chain.flatMap(v -> childrenAffected(session, c, "the notice says children live in the household"));
        }
        if (notice.kind() == NoticeKind.EVICTION && notice.kfmCaseNumber() != null) {
            chain = chain.flatMap(v -> registerEviction(session, c, notice));
        }
        return chain
                .flatMap(v -> applyParked(session, n.id.toString()))
                .flatMap(v -> deadlines.refresh(session, c))
                .invoke(() -> LOG.infof("Notice %s (%s) registered on case %s (%s)", n.id, n.kind, c.id,
                        c.board == null ? "unrouted" : c.board));
    }

    private static String describe(IncomingNotice notice) {
        String what = switch (notice.kind()) {
            case EARLY_WARNING -> "Early warning";
            case RECTIFICATION_REQUEST -> "Request to rectify (anmodan om rättelse)";
            case TERMINATION_UNPAID_RENT -> "Termination for unpaid rent";
            case EVICTION -> "Eviction notice (underrättelse om avhysning), KFM " + notice.kfmCaseNumber();
        };
        String from = switch (notice.source()) {
            case IncomingNotice.LANDLORD -> " from landlord " + notice.senderId();
            case IncomingNotice.KRONOFOGDEN -> " from Kronofogden";
            default -> " from another source (" + notice.otherSource() + "), registered by a caseworker";
        };
        return what + from;
    }

    /**
     * Children live in or visit the household: the case is flagged (already, by the caller), the children-and-youth
     * unit of the same board gets a task (once), and consent-service learns it (ACCESS_CHANGED, by the caller).
     */
    public Uni<Void> childrenAffected(Mutiny.Session session, HouseholdCase c, String why) {
        return session.createSelectionQuery("from CaseTask where caseId = :id and kind = :kind", CaseTask.class)
                .setParameter("id", c.id).setParameter("kind", CaseTask.CHILDREN_INVOLVEMENT).getSingleResultOrNull()
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    CaseTask t = new CaseTask();
                    t.id = UUID.randomUUID();
                    t.caseId = c.id;
                    t.board = c.board;
                    t.unit = "children";
                    t.kind = CaseTask.CHILDREN_INVOLVEMENT;
                    t.createdAt = OffsetDateTime.now(clock);
                    return session.persist(t).flatMap(v -> timeline.add(session, c.id, "CHILDREN_AFFECTED",
                            "Children affected (" + why + "): a task for the children-and-youth unit", null,
                            t.id.toString(), null));
                });
    }

    private Uni<Void> registerEviction(Mutiny.Session session, HouseholdCase c, IncomingNotice notice) {
        KfmEviction.Key key = new KfmEviction.Key(c.id, notice.kfmCaseNumber());
        return session.find(KfmEviction.class, key).flatMap(existing -> {
            if (existing != null) {
                existing.evictionAt = notice.evictionAt();
                return Uni.createFrom().voidItem();
            }
            KfmEviction k = new KfmEviction();
            k.caseId = c.id;
            k.kfmCaseNumber = notice.kfmCaseNumber();
            k.noticeId = notice.noticeId();
            k.receivedAt = OffsetDateTime.ofInstant(notice.receivedAt(), Stockholm.STOCKHOLM);
            k.dueOn = Stockholm.dateOf(notice.receivedAt());
            k.cutOffAt = OffsetDateTime.ofInstant(
                    AcknowledgementResponsibility.cutOff(notice.receivedAt(), responsible.cutOff()), Stockholm.STOCKHOLM);
            k.evictionAt = notice.evictionAt();
            k.status = KfmEviction.SCHEDULED;
            return session.persist(k).flatMap(v -> session.flush())
                    .flatMap(v -> responsible.noticeReceived(session, c, k))
                    .flatMap(v -> applyParked(session, "kfm:" + notice.kfmCaseNumber()));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Corrections, served dates, withdrawals
    // ---------------------------------------------------------------------------------------------------------

    /** A correction (the complete corrected notice). Parked if its original is not registered yet. */
    public Uni<Void> correct(Mutiny.Session session, IncomingEvent event, NoticeCorrectedV1 correction) {
        return withNotice(session, event, correction.correctedNoticeId(), correction.correctionId(), (c, n) -> {
            IncomingNotice corrected = corrected(correction, event.data());
            boolean childrenBefore = c.childrenAffected();
            n.kind = corrected.kind().name();
            n.senderReference = corrected.senderReference();
            n.tenure = corrected.tenure();
            n.servedOn = corrected.servedOn();
            n.monthlyRent = corrected.monthlyRent();
            n.debtAmount = corrected.debtAmount();
            n.monthsInArrears = corrected.monthsInArrears();
            n.childrenKnown = corrected.childrenKnown();
            n.countingReceivedAt = OffsetDateTime.ofInstant(correction.receivedAt(), Stockholm.STOCKHOLM);
            n.payload = corrected.payload();
            n.revision++;
            mergeChildren(c, corrected.childrenKnown());
            if (corrected.kind().isAbove(c.escalation)) {
                c.escalation = corrected.kind();
            }
            NoticeRevision r = revision(n, NoticeRevision.CORRECTION, correction.correctionId(), correction.receivedAt(),
                    correction.reason(), corrected.payload());
            boolean childrenNow = !childrenBefore && c.childrenAffected();
            Uni<Void> chain = session.persist(r)
                    .flatMap(v -> people.add(session, c.id, corrected.tenants(), "tenant", "notice"))
                    .flatMap(v -> session.flush())
                    .flatMap(v -> removeUnnamedTenants(session, c))
                    .flatMap(v -> timeline.add(session, c.id, correction.receivedAt(), "NOTICE_CORRECTED",
                            "The landlord corrected the notice (revision " + n.revision + ")"
                                    + (NoticeKind.TERMINATION_UNPAID_RENT.name().equals(n.kind)
                                            ? ": the recovery period counts again from the correction's receipt; the act-by date stays the earliest"
                                            : ""),
                            null, n.id.toString(), correction.reason() == null ? null : Map.of("reason", correction.reason())))
                    .flatMap(v -> announcements.noticeRegistered(session, c, correction.correctionId(), IncomingNotice.LANDLORD));
            if (childrenNow) {
                chain = chain.flatMap(v -> announcements.accessChanged(session, c))
                        .flatMap(v -> childrenAffected(session, c, "the corrected notice says children live in the household"));
            }
            return chain;
        });
    }

    private IncomingNotice corrected(NoticeCorrectedV1 correction, String eventJson) {
        try {
            JsonNode root = mapper.readTree(eventJson);
            if (correction.termination() != null) {
                return IncomingNotice.of(correction.termination(), root.path("termination").toString());
            }
            if (correction.rectification() != null) {
                return IncomingNotice.of(correction.rectification(), root.path("rectification").toString());
            }
            if (correction.earlyWarning() != null) {
                return IncomingNotice.of(correction.earlyWarning(), root.path("earlyWarning").toString());
            }
        } catch (JsonProcessingException e) {
            throw new IncomingEvent.MalformedEventException("unreadable correction");
        }
        throw new IncomingEvent.MalformedEventException("a correction without the corrected notice");
    }

    /** Persons who came from notices and are named by none of the case's notices any more (a corrected tenant). */
    private Uni<Void> removeUnnamedTenants(Mutiny.Session session, HouseholdCase c) {
        return session.createSelectionQuery("from CaseNotice where caseId = :id", CaseNotice.class)
                .setParameter("id", c.id).getResultList().flatMap(notices -> {
                    Set<String> named = new HashSet<>();
                    for (CaseNotice n : notices) {
                        try {
                            mapper.readTree(n.payload).path("tenants")
                                    .forEach(t -> named.add(t.path("personalIdentityNumber").asText()));
                        } catch (JsonProcessingException e) {
                            return Uni.createFrom().voidItem();
                        }
                    }
                    return session.createNativeQuery("delete from case_person where case_id = ?1 and source = 'notice'"
                            + " and personal_identity_number <> all(?2)")
                            .setParameter(1, c.id).setParameter(2, named.toArray(String[]::new))
                            .executeUpdate().replaceWithVoid();
                });
    }

    /** The landlord reports the day the termination was served: sets the recovery period's start. Not a correction. */
    public Uni<Void> servedDate(Mutiny.Session session, IncomingEvent event, ServedDateUpdatedV1 update) {
        return withNotice(session, event, update.noticeId(), update.updateId(), (c, n) -> {
            n.servedOn = update.servedOn();
            n.revision++;
            NoticeRevision r = revision(n, NoticeRevision.SERVED_DATE, update.updateId(), update.receivedAt(), null, null);
            return session.persist(r).flatMap(v -> timeline.add(session, c.id, update.receivedAt(), "SERVED_DATE_UPDATED",
                    "The landlord reported the day the termination was served on the tenant: " + update.servedOn(), null,
                    n.id.toString(), null));
        });
    }

    /** The landlord withdraws a notice: kept with its history, no longer active; the case's escalation is recomputed. */
    public Uni<Void> withdraw(Mutiny.Session session, IncomingEvent event, NoticeWithdrawnV1 withdrawal) {
        return withNotice(session, event, withdrawal.noticeId(), withdrawal.withdrawalId(), (c, n) -> {
            n.status = CaseNotice.WITHDRAWN;
            n.withdrawnAt = OffsetDateTime.ofInstant(withdrawal.receivedAt(), Stockholm.STOCKHOLM);
            n.withdrawalReason = withdrawal.reason();
            n.revision++;
            NoticeRevision r = revision(n, NoticeRevision.WITHDRAWAL, withdrawal.withdrawalId(), withdrawal.receivedAt(),
                    withdrawal.reason(), null);
            return session.persist(r).flatMap(v -> session.flush()).flatMap(v -> escalation(session, c))
                    .flatMap(v -> timeline.add(session, c.id, withdrawal.receivedAt(), "NOTICE_WITHDRAWN",
                            "The landlord withdrew the notice (" + withdrawal.reason() + ")", null, n.id.toString(),
                            withdrawal.comment() == null ? null : Map.of("comment", withdrawal.comment())));
        });
    }

    private Uni<Void> escalation(Mutiny.Session session, HouseholdCase c) {
        return session.createSelectionQuery("from CaseNotice where caseId = :id", CaseNotice.class)
                .setParameter("id", c.id).getResultList().invoke(notices -> {
                    List<NoticeKind> active = notices.stream().filter(CaseNotice::active).map(CaseNotice::noticeKind).toList();
                    List<NoticeKind> all = notices.stream().map(CaseNotice::noticeKind).toList();
                    c.escalation = NoticeKind.highest(active, NoticeKind.highest(all, NoticeKind.EARLY_WARNING));
                }).replaceWithVoid();
    }

    private static NoticeRevision revision(CaseNotice n, String change, UUID changeId, Instant receivedAt, String reason,
            String payload) {
        NoticeRevision r = new NoticeRevision();
        r.noticeId = n.id;
        r.revision = n.revision;
        r.change = change;
        r.changeId = changeId;
        r.receivedAt = OffsetDateTime.ofInstant(receivedAt, Stockholm.STOCKHOLM);
        r.servedOn = n.servedOn;
        r.tenure = n.tenure;
        r.reason = reason;
        r.payload = payload;
        r.recordedAt = OffsetDateTime.now();
        return r;
    }

    /** A change to a registered notice. */
    private interface NoticeChange {
        Uni<Void> apply(HouseholdCase c, CaseNotice n);
    }

    /**
     * Applies a change to a notice under the case's lock, then recomputes the deadlines. If the notice is not
     * registered yet the event is parked; a change already applied (same change id) is skipped.
     */
    private Uni<Void> withNotice(Mutiny.Session session, IncomingEvent event, UUID noticeId, UUID changeId, NoticeChange change) {
        return session.createNativeQuery("select case_id from case_notice where id = ?1").setParameter(1, noticeId)
                .getResultList().flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return park(session, event, noticeId.toString());
                    }
                    UUID caseId = (UUID) rows.get(0);
                    // the case's lock first: every change of a case and its notices is serialised on it
                    return session.find(HouseholdCase.class, caseId, LockMode.PESSIMISTIC_WRITE)
                            .flatMap(c -> session.createSelectionQuery(
                                    "select count(*) from NoticeRevision where changeId = :id", Long.class)
                                    .setParameter("id", changeId).getSingleResult().flatMap(count -> {
                                        if (count > 0) {
                                            return Uni.createFrom().voidItem();
                                        }
                                        return session.find(CaseNotice.class, noticeId)
                                                .flatMap(n -> change.apply(c, n))
                                                .flatMap(v -> deadlines.refresh(session, c));
                                    }));
                });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parking
    // ---------------------------------------------------------------------------------------------------------

    /** Keeps an event that refers to something not registered yet; it is applied when that arrives. */
    public Uni<Void> park(Mutiny.Session session, IncomingEvent event, String awaits) {
        return parked.park(session, event, awaits);
    }

    /** Applies the events parked for {@code awaits}, in the order their senders received them, and drops them. */
    public Uni<Void> applyParked(Mutiny.Session session, String awaits) {
        return parked.take(session, awaits).flatMap(events -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (IncomingEvent e : events) {
                chain = chain.flatMap(v -> {
                    LOG.infof("Applying parked event %s (%s)", e.id(), e.type());
                    return se.bokvar.contracts.EvictionEvents.UPDATED.type().equals(e.type())
                            ? evictionUpdates.apply(session, e)
                            : dispatchNoticeChange(session, e);
                });
            }
            return chain;
        });
    }

    /** Reads a change event's data once, so unreadable data is dead-lettered before any transaction. */
    public void validateChange(IncomingEvent event) {
        if (NoticeEvents.CORRECTED.type().equals(event.type())) {
            NoticeCorrectedV1 c = EventData.read(mapper, event.data(), NoticeCorrectedV1.class);
            if (c.correctedNoticeId() == null || c.correctionId() == null || c.receivedAt() == null) {
                throw new IncomingEvent.MalformedEventException("a correction without its ids or receipt time");
            }
            corrected(c, event.data());
        } else if (NoticeEvents.SERVED_DATE_UPDATED.type().equals(event.type())) {
            ServedDateUpdatedV1 u = EventData.read(mapper, event.data(), ServedDateUpdatedV1.class);
            if (u.noticeId() == null || u.updateId() == null || u.receivedAt() == null) {
                throw new IncomingEvent.MalformedEventException("a served-date update without its ids or receipt time");
            }
        } else if (NoticeEvents.WITHDRAWN.type().equals(event.type())) {
            NoticeWithdrawnV1 w = EventData.read(mapper, event.data(), NoticeWithdrawnV1.class);
            if (w.noticeId() == null || w.withdrawalId() == null || w.receivedAt() == null) {
                throw new IncomingEvent.MalformedEventException("a withdrawal without its ids or receipt time");
            }
        }
    }

    /** Applies a correction, served-date update or withdrawal (or parks it). */
    public Uni<Void> dispatchNoticeChange(Mutiny.Session session, IncomingEvent event) {
        if (NoticeEvents.CORRECTED.type().equals(event.type())) {
            return correct(session, event, EventData.read(mapper, event.data(), NoticeCorrectedV1.class));
        }
        if (NoticeEvents.SERVED_DATE_UPDATED.type().equals(event.type())) {
            return servedDate(session, event, EventData.read(mapper, event.data(), ServedDateUpdatedV1.class));
        }
        if (NoticeEvents.WITHDRAWN.type().equals(event.type())) {
            return withdraw(session, event, EventData.read(mapper, event.data(), NoticeWithdrawnV1.class));
        }
        return Uni.createFrom().voidItem();
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
