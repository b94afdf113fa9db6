package se.bokvar.cases.app.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.NoticeStore;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IncomingEvent;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.notice.NoticeKind;

/** The landlord withdraws a notice: kept with its history, no longer active; the case's escalation is recomputed. */
@ApplicationScoped
public class WithdrawNotice {

    private final NoticeChanges changes;
    private final NoticeStore notices;
    private final Timeline timeline;

    @Inject
    public WithdrawNotice(NoticeChanges changes, NoticeStore notices, Timeline timeline) {
        this.changes = changes;
        this.notices = notices;
        this.timeline = timeline;
    }

    /** What a withdrawal must hold (else it is dead-lettered). */
    public static void check(NoticeWithdrawnV1 w) {
        EventRoutes.require(w.noticeId() != null && w.withdrawalId() != null && w.receivedAt() != null,
                "a withdrawal without its ids or receipt time");
    }

    public Uni<Void> handle(Mutiny.Session session, IncomingEvent event, NoticeWithdrawnV1 withdrawal) {
        return changes.apply(session, event, withdrawal.noticeId(), withdrawal.withdrawalId(), (c, n) -> {
            n.status = CaseNotice.Status.WITHDRAWN;
            n.withdrawnAt = OffsetDateTime.ofInstant(withdrawal.receivedAt(), Stockholm.STOCKHOLM);
            n.withdrawalReason = withdrawal.reason();
            n.revision++;
            NoticeRevision r = changes.revision(n, NoticeRevision.Change.WITHDRAWAL, withdrawal.withdrawalId(),
                    withdrawal.receivedAt(), withdrawal.reason(), null);
            return session.persist(r).flatMap(v -> session.flush()).flatMap(v -> escalation(session, c))
                    .flatMap(v -> timeline.add(session, c.id, withdrawal.receivedAt(), "NOTICE_WITHDRAWN",
                            "The landlord withdrew the notice (" + withdrawal.reason() + ")", null, n.id.toString(),
                            withdrawal.comment() == null ? null : Map.of("comment", withdrawal.comment())));
        });
    }

    /** The highest kind among the active notices, else among all (legal-rules {@link NoticeKind#highest}). */
    private Uni<Void> escalation(Mutiny.Session session, HouseholdCase c) {
        return notices.ofCase(session, c.id).invoke(all -> {
            List<NoticeKind> active = all.stream().filter(CaseNotice::active).map(n -> n.kind).toList();
            List<NoticeKind> kinds = all.stream().map(n -> n.kind).toList();
            c.escalation = NoticeKind.highest(active, NoticeKind.highest(kinds, NoticeKind.EARLY_WARNING));
        }).replaceWithVoid();
    }
}
