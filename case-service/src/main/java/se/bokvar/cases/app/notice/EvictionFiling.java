package se.bokvar.cases.app.notice;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.duty.ResponsibleCaseworkerNaming;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.AcknowledgementResponsibility;

/**
 * Files the Kronofogden eviction case (KFM case number) an eviction notice brings: when it came, the day the
 * acknowledgement is due and its cut-off; the responsible caseworker is named (or waits for the cut-off), and
 * updates of the eviction that arrived before its notice are applied.
 */
@ApplicationScoped
public class EvictionFiling {

    private final ResponsibleCaseworkerNaming responsible;
    private final ParkedEventReplay parked;

    @Inject
    public EvictionFiling(ResponsibleCaseworkerNaming responsible, ParkedEventReplay parked) {
        this.responsible = responsible;
        this.parked = parked;
    }

    Uni<Void> file(Mutiny.Session session, HouseholdCase c, IncomingNotice notice) {
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
            k.status = KfmEviction.Status.SCHEDULED;
            return session.persist(k).flatMap(v -> session.flush())
                    .flatMap(v -> responsible.noticeReceived(session, c, k))
                    .flatMap(v -> parked.apply(session, ParkedEventReplay.evictionKey(notice.kfmCaseNumber())));
        });
    }
}
