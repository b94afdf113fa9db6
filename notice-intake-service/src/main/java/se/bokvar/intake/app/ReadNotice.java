package se.bokvar.intake.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.store.AmendmentAction;
import se.bokvar.intake.store.Notice;
import se.bokvar.intake.store.NoticeAmendment;
import se.bokvar.intake.store.NoticeRepository;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.calendar.Stockholm;

/** One of the landlord's notices: its delivery status and its history (another landlord's notice is 404). */
@ApplicationScoped
public class ReadNotice {

    private final Mutiny.SessionFactory sessionFactory;
    private final NoticeRepository notices;
    private final StoredJson json;

    @Inject
    public ReadNotice(Mutiny.SessionFactory sessionFactory, NoticeRepository notices, StoredJson json) {
        this.sessionFactory = sessionFactory;
        this.notices = notices;
        this.json = json;
    }

    public Uni<NoticeView> read(String landlordId, UUID id) {
        return sessionFactory.withSession(session -> notices.find(session, id).flatMap(notice -> {
            if (notice == null || !notice.landlordId.equals(landlordId)) {
                throw ProblemException.notFound("Notice " + id);
            }
            return notices.amendmentsOf(session, id).map(amendments -> view(notice, history(notice, amendments)));
        }));
    }

    /** The notice as it stands now, with {@code history} (null in listings). */
    static NoticeView view(Notice n, List<NoticeView.HistoryEntry> history) {
        return new NoticeView(n.id, n.kind, n.landlordReference, stockholm(n.receivedAt), n.servedOn,
                n.recoveryPeriodLastDay, NoticeRecoveryPeriod.of(n.kind, n.tenure, n.servedOn, n.countedFromReceivedAt)
                        .map(Receipt.RecoveryPeriodView::of).orElse(null),
                n.status.name(), stockholm(n.handedToCaseManagementAt), stockholm(n.withdrawnAt), history);
    }

    /**
     * The receipt, then every amendment. The receipt's entry shows the served date and the recovery period as first
     * received, unless a later amendment changed the served date.
     */
    private List<NoticeView.HistoryEntry> history(Notice n, List<NoticeAmendment> amendments) {
        List<NoticeView.HistoryEntry> history = new ArrayList<>();
        LocalDate originalLastDay = null;
        LocalDate originalServedOn = null;
        if (n.receipt != null) {
            originalLastDay = date(json.readTree(n.receipt).at("/recoveryPeriod/lastDay"));
        }
        boolean servedDateChanged = amendments.stream().anyMatch(a -> a.action == AmendmentAction.CORRECTION
                || a.action == AmendmentAction.SERVED_DATE_UPDATE);
        if (!servedDateChanged) {
            originalServedOn = n.servedOn;
        }
        history.add(new NoticeView.HistoryEntry(n.id, "RECEIVED", stockholm(n.receivedAt), null, null, originalServedOn,
                originalLastDay));
        for (NoticeAmendment a : amendments) {
            history.add(new NoticeView.HistoryEntry(a.id, a.action.name(), stockholm(a.receivedAt), a.reason, a.comment,
                    a.servedOn, a.recoveryPeriodLastDay));
        }
        return history;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static OffsetDateTime stockholm(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime();
    }
}
