package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Routing;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseUnit;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Opens a household's case for its first notice, in the unit covering the postal code (unrouted if none does;
 * linked to the household's previous closed case, if any), or brings the notice's facts to its open case: the
 * escalation (legal-rules {@link NoticeKind}), urgency, children (legal-rules {@link ChildrenKnown}) and the flat.
 */
@ApplicationScoped
public class CaseOpening {

    private final Routing routing;
    private final Clock clock;
    private final Timeline timeline;

    @Inject
    public CaseOpening(Routing routing, Clock clock, Timeline timeline) {
        this.routing = routing;
        this.clock = clock;
        this.timeline = timeline;
    }

    Uni<HouseholdCase> open(Mutiny.Session session, IncomingNotice notice, Optional<HouseholdCase> previous) {
        HouseholdCase c = newCase(notice, previous);
        return session.persist(c)
                .flatMap(v -> timeline.add(session, c.id, notice.receivedAt(), "CASE_OPENED", opened(c), null, null, null))
                .flatMap(v -> previous.isEmpty() ? Uni.createFrom().voidItem()
                        : timeline.add(session, c.id, notice.receivedAt(), "LINKED_TO_PREVIOUS_CASE",
                                "The household's earlier case was closed; this new case is linked to it", null,
                                previous.get().id.toString(), null))
                .replaceWith(c);
    }

    /** The timeline's summary of a case opened. */
    static String opened(HouseholdCase c) {
        return c.board == null ? "Case opened (aktualisering); no board covers the postal code: in the unrouted queue"
                : "Case opened (aktualisering) in " + c.board + ", adult unit";
    }

    /** The case a household's first notice opens (not stored). */
    HouseholdCase newCase(IncomingNotice notice, Optional<HouseholdCase> previous) {
        HouseholdCase c = new HouseholdCase();
        c.id = UUID.randomUUID();
        c.board = routing.boardFor(notice.address().postalCode()).orElse(null);
        c.unit = CaseUnit.ADULT;
        c.status = Stage.OPENED;
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
        c.openedInThisTransaction = true;
        return c;
    }

    /** Brings a further notice's facts to the open case; true when children became affected by it. */
    static boolean attach(HouseholdCase c, IncomingNotice notice) {
        boolean childrenBefore = c.childrenAffected();
        if (notice.kind().isAbove(c.escalation)) {
            c.escalation = notice.kind();
        }
        c.urgent = c.urgent || notice.kind() == NoticeKind.EVICTION;
        c.childrenKnown = c.childrenKnown.merge(notice.childrenKnown());
        if (!c.flatKnown() && notice.flatKnown()) {
            c.flatNumber = notice.address().flatNumber();
            c.tenancyKey = notice.keys().tenancyKey();
        }
        return !childrenBefore && c.childrenAffected();
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
