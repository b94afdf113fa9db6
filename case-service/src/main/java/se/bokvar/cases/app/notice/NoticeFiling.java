package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Files a notice on its case: the notice and its original revision, the household's people, the timeline, the
 * announcement to notice-intake-service (NOTICE_REGISTERED), and — for a new case or children newly affected — the
 * access change for consent-service and the children-and-youth unit's task.
 */
@ApplicationScoped
public class NoticeFiling {

    private final Clock clock;
    private final HouseholdMembers people;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final ChildrenInvolvement children;

    @Inject
    public NoticeFiling(Clock clock, HouseholdMembers people, Timeline timeline, CaseAnnouncements announcements,
            ChildrenInvolvement children) {
        this.clock = clock;
        this.people = people;
        this.timeline = timeline;
        this.announcements = announcements;
        this.children = children;
    }

    Uni<CaseNotice> file(Mutiny.Session session, HouseholdCase c, IncomingNotice notice, boolean newCase,
            boolean childrenBecameAffected) {
        CaseNotice n = notice(c, notice);
        c.noticesWithoutPosition++;
        NoticeRevision original = original(n);
        Uni<Void> chain = session.persist(n)
                .flatMap(v -> session.persist(original))
                .flatMap(v -> people.add(session, c.id, notice.tenants(), CasePerson.Role.TENANT, CasePerson.Source.NOTICE))
                .flatMap(v -> timeline.add(session, c.id, notice.receivedAt(), "NOTICE_REGISTERED",
                        describe(notice), notice.registeredBy(), n.id.toString(), details(n)))
                .flatMap(v -> announcements.noticeRegistered(session, c, n.id, notice.source().value()));
        if (newCase || childrenBecameAffected) {
            chain = chain.flatMap(v -> session.flush()).flatMap(v -> announcements.accessChanged(session, c));
        }
        if (childrenBecameAffected) {
            chain = chain.flatMap(v -> children.childrenAffected(session, c, CHILDREN_IN_NOTICE));
        }
        return chain.replaceWith(n);
    }

    /** Why the children-and-youth unit gets a task when a notice says children live in the household. */
    static final String CHILDREN_IN_NOTICE = "the notice says children live in the household";

    /** The timeline details of a notice registered. */
    static Map<String, String> details(CaseNotice n) {
        return Map.of("kind", n.kind.name(), "source", n.source.value());
    }

    /** The notice as filed on the case (not stored). */
    CaseNotice notice(HouseholdCase c, IncomingNotice notice) {
        CaseNotice n = new CaseNotice();
        n.id = notice.noticeId();
        n.caseId = c.id;
        n.kind = notice.kind();
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
        return n;
    }

    /** A notice's original revision (not stored). */
    static NoticeRevision original(CaseNotice n) {
        NoticeRevision original = new NoticeRevision();
        original.noticeId = n.id;
        original.revision = 1;
        original.change = NoticeRevision.Change.ORIGINAL;
        original.changeId = n.id;
        original.receivedAt = n.receivedAt;
        original.servedOn = n.servedOn;
        original.tenure = n.tenure;
        original.recordedAt = n.registeredAt;
        return original;
    }

    static String describe(IncomingNotice notice) {
        String what = switch (notice.kind()) {
            case EARLY_WARNING -> "Early warning";
            case RECTIFICATION_REQUEST -> "Request to rectify (anmodan om rättelse)";
            case TERMINATION_UNPAID_RENT -> "Termination for unpaid rent";
            case EVICTION -> "Eviction notice (underrättelse om avhysning), KFM " + notice.kfmCaseNumber();
        };
        String from = switch (notice.source()) {
            case LANDLORD -> " from landlord " + notice.senderId();
            case KRONOFOGDEN -> " from Kronofogden";
            case OTHER -> " from another source (" + notice.otherSource() + "), registered by a caseworker";
        };
        return what + from;
    }
}
