package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.TimelineEntry;
import se.bokvar.cases.store.TimelineStore;
import se.bokvar.cases.store.deadline.DeadlineStore;
import se.bokvar.platform.outbox.Outbox;

/**
 * What a run's new cases add beside their rows ({@link NewCases}): the timeline entries, the announcements and the
 * deadlines, one statement each for the whole run, in the order {@link RegisterNotice} writes them per case.
 */
@ApplicationScoped
public class NewCaseRecords {

    private final Timeline timeline;
    private final TimelineStore timelines;
    private final CaseAnnouncements announcements;
    private final DeadlineService deadlines;
    private final Clock clock;

    @Inject
    public NewCaseRecords(Timeline timeline, TimelineStore timelines, CaseAnnouncements announcements,
            DeadlineService deadlines, Clock clock) {
        this.timeline = timeline;
        this.timelines = timelines;
        this.announcements = announcements;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** What the cases add, ready to store; announcing who may work with a case counts its access sequence up. */
    record Records(List<TimelineEntry> entries, List<Outbox.Pending> events, List<DeadlineStore.DeadlineRow> rows) {
    }

    /** The records of the cases, built before the cases are stored (their access sequence is part of them). */
    Records of(List<NewCases.Opened> opened) {
        List<TimelineEntry> entries = new ArrayList<>();
        List<Outbox.Pending> events = new ArrayList<>();
        List<DeadlineStore.DeadlineRow> rows = new ArrayList<>();
        for (NewCases.Opened o : opened) {
            HouseholdCase c = o.householdCase();
            IncomingNotice notice = o.notice();
            entries.add(timeline.entry(c.id, notice.receivedAt(), "CASE_OPENED", CaseOpening.opened(c), null, null, null));
            entries.add(timeline.entry(c.id, notice.receivedAt(), "NOTICE_REGISTERED", NoticeFiling.describe(notice),
                    notice.registeredBy(), notice.noticeId().toString(), NoticeFiling.details(o.caseNotice())));
            if (o.task() != null) {
                entries.add(timeline.entry(c.id, clock.instant(), "CHILDREN_AFFECTED",
                        ChildrenInvolvement.summary(NoticeFiling.CHILDREN_IN_NOTICE), null, o.task().id.toString(), null));
            }
            events.add(announcements.noticeRegisteredEvent(c, notice.noticeId(), notice.source().value(), o.traceparent()));
            events.add(announcements.accessChangedEvent(c, o.persons().stream().map(p -> p.personKey)
                    .filter(k -> k != null).sorted().toList(), o.traceparent()));
            rows.addAll(o.deadlines());
        }
        return new Records(entries, events, rows);
    }

    /** Stores the records, after the cases they belong to. */
    Uni<Void> store(Mutiny.Session session, Records records, Instant now) {
        return timelines.insertAll(session, records.entries())
                .flatMap(v -> announcements.appendAll(session, records.events()))
                .flatMap(v -> deadlines.storeNew(session, records.rows(), now));
    }
}
