package se.bokvar.cases.app.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.cases.store.CaseTask;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.deadline.DeadlineStore;

/**
 * The cases a run's notices open when their households have none ({@link RegisterNotices}): built as
 * {@link RegisterNotice} would build them, then stored as batches, one round trip per table (cases, notices,
 * revisions, people, children's tasks) and one statement each for the timeline, the announcements and the deadlines.
 */
@ApplicationScoped
public class NewCases {

    private static final Logger LOG = Logger.getLogger(NewCases.class);

    private final CaseOpening opening;
    private final NoticeFiling filing;
    private final HouseholdMembers people;
    private final ChildrenInvolvement children;
    private final DeadlineService deadlines;
    private final NewCaseRecords records;

    @Inject
    public NewCases(CaseOpening opening, NoticeFiling filing, HouseholdMembers people, ChildrenInvolvement children,
            DeadlineService deadlines, NewCaseRecords records) {
        this.opening = opening;
        this.filing = filing;
        this.people = people;
        this.children = children;
        this.deadlines = deadlines;
        this.records = records;
    }

    /** A case opened by a notice of a run: what is stored for it. */
    record Opened(IncomingNotice notice, HouseholdCase householdCase, CaseNotice caseNotice,
            NoticeRevision original, List<CasePerson> persons, CaseTask task, List<DeadlineStore.DeadlineRow> deadlines,
            String traceparent) {
    }

    /** The case the notice opens, as {@link RegisterNotice} would open it; empty when an alert is due at once. */
    Optional<Opened> open(IncomingNotice notice, String traceparent, Instant now) {
        HouseholdCase c = opening.newCase(notice, Optional.empty());
        CaseNotice n = filing.notice(c, notice);
        c.noticesWithoutPosition++;
        return deadlines.forNewCase(c, n, now).map(rows -> new Opened(notice, c, n, NoticeFiling.original(n),
                people.ofNewCase(c.id, notice.tenants(), CasePerson.Role.TENANT, CasePerson.Source.NOTICE),
                c.childrenAffected() ? children.task(c) : null, rows, traceparent));
    }

    /** Stores the cases opened, as batches, in the caller's transaction. */
    Uni<Void> store(Mutiny.Session session, List<Opened> opened, Instant now) {
        if (opened.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> entities = new ArrayList<>();
        opened.forEach(o -> entities.add(o.householdCase()));
        opened.forEach(o -> entities.add(o.caseNotice()));
        opened.forEach(o -> entities.add(o.original()));
        opened.forEach(o -> entities.addAll(o.persons()));
        opened.stream().filter(o -> o.task() != null).forEach(o -> entities.add(o.task()));
        NewCaseRecords.Records added = records.of(opened);
        Integer batchSize = session.getBatchSize();
        session.setBatchSize(entities.size());
        return session.persistAll(entities.toArray())
                .flatMap(v -> session.flush())
                .eventually(() -> session.setBatchSize(batchSize == null ? 0 : batchSize))
                .flatMap(v -> records.store(session, added, now))
                .invoke(() -> opened.forEach(o -> LOG.infof("Notice %s (%s) registered on case %s (%s)",
                        o.caseNotice().id, o.caseNotice().kind, o.householdCase().id,
                        o.householdCase().board == null ? "unrouted" : o.householdCase().board)))
                .invoke(session::clear);
    }
}
