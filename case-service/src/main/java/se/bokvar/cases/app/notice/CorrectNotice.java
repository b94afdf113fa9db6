package se.bokvar.cases.app.notice;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.cases.store.NoticeStore;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IncomingEvent;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.notice.NoticeKind;

/**
 * A landlord's correction (the complete corrected notice): the notice takes the corrected facts, the recovery
 * period counts again from the correction's receipt (NJA 1985 s. 586), the household's people follow the corrected
 * tenants. Parked if its original is not registered yet.
 */
@ApplicationScoped
public class CorrectNotice {

    private final NoticeChanges changes;
    private final NoticeStore notices;
    private final HouseholdMembers people;
    private final Timeline timeline;
    private final CaseAnnouncements announcements;
    private final ChildrenInvolvement children;
    private final ObjectMapper mapper;

    @Inject
    public CorrectNotice(NoticeChanges changes, NoticeStore notices, HouseholdMembers people, Timeline timeline,
            CaseAnnouncements announcements, ChildrenInvolvement children, ObjectMapper mapper) {
        this.changes = changes;
        this.notices = notices;
        this.people = people;
        this.timeline = timeline;
        this.announcements = announcements;
        this.children = children;
        this.mapper = mapper;
    }

    /** What a correction must hold (else it is dead-lettered, never retried). */
    public static void check(NoticeCorrectedV1 c) {
        EventRoutes.require(c.correctedNoticeId() != null && c.correctionId() != null && c.receivedAt() != null,
                "a correction without its ids or receipt time");
        EventRoutes.require(c.termination() != null || c.rectification() != null || c.earlyWarning() != null,
                "a correction without the corrected notice");
    }

    /** Applies the correction; the event's data as received is kept as the corrected notice. */
    public Uni<Void> handle(Mutiny.Session session, IncomingEvent event, NoticeCorrectedV1 correction) {
        return changes.apply(session, event, correction.correctedNoticeId(), correction.correctionId(), (c, n) -> {
            IncomingNotice corrected = corrected(correction, event.data());
            boolean childrenBefore = c.childrenAffected();
            n.kind = corrected.kind();
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
            c.childrenKnown = c.childrenKnown.merge(corrected.childrenKnown());
            if (corrected.kind().isAbove(c.escalation)) {
                c.escalation = corrected.kind();
            }
            NoticeRevision r = changes.revision(n, NoticeRevision.Change.CORRECTION, correction.correctionId(),
                    correction.receivedAt(), correction.reason(), corrected.payload());
            boolean childrenNow = !childrenBefore && c.childrenAffected();
            Uni<Void> chain = session.persist(r)
                    .flatMap(v -> people.add(session, c.id, corrected.tenants(), CasePerson.Role.TENANT, CasePerson.Source.NOTICE))
                    .flatMap(v -> session.flush())
                    .flatMap(v -> removeUnnamedTenants(session, c))
                    .flatMap(v -> timeline.add(session, c.id, correction.receivedAt(), "NOTICE_CORRECTED",
                            "The landlord corrected the notice (revision " + n.revision + ")"
                                    + (n.kind == NoticeKind.TERMINATION_UNPAID_RENT
                                            ? ": the recovery period counts again from the correction's receipt; the act-by date stays the earliest"
                                            : ""),
                            null, n.id.toString(), correction.reason() == null ? null : Map.of("reason", correction.reason())))
                    .flatMap(v -> announcements.noticeRegistered(session, c, correction.correctionId(),
                            NoticeSource.LANDLORD.value()));
            if (childrenNow) {
                chain = chain.flatMap(v -> announcements.accessChanged(session, c))
                        .flatMap(v -> children.childrenAffected(session, c,
                                "the corrected notice says children live in the household"));
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
        return notices.ofCase(session, c.id).flatMap(all -> {
            Set<String> named = new HashSet<>();
            for (CaseNotice n : all) {
                try {
                    mapper.readTree(n.payload).path("tenants")
                            .forEach(t -> named.add(t.path("personalIdentityNumber").asText()));
                } catch (JsonProcessingException e) {
                    return Uni.createFrom().voidItem();
                }
            }
            return notices.removeNoticePeopleExcept(session, c.id, List.copyOf(named));
        });
    }
}
