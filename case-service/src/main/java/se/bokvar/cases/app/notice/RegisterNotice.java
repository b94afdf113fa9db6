package se.bokvar.cases.app.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseLocator;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Registers a notice on its household's case (docs/cases.md): finds the household's open case or opens one (see
 * {@link CaseOpening}), files the notice, and recomputes the deadlines. Events that refer to the notice and
 * arrived before it (a correction overtaking its original across partitions or replicas) are applied now. A notice
 * already registered is left alone.
 */
@ApplicationScoped
public class RegisterNotice {

    private static final Logger LOG = Logger.getLogger(RegisterNotice.class);

    private final CaseLocator locator;
    private final CaseOpening opening;
    private final NoticeFiling filing;
    private final EvictionFiling evictions;
    private final ParkedEventReplay parked;
    private final DeadlineService deadlines;

    @Inject
    public RegisterNotice(CaseLocator locator, CaseOpening opening, NoticeFiling filing, EvictionFiling evictions,
            ParkedEventReplay parked, DeadlineService deadlines) {
        this.locator = locator;
        this.opening = opening;
        this.filing = filing;
        this.evictions = evictions;
        this.parked = parked;
        this.deadlines = deadlines;
    }

    /** The result of a registration: the case, and whether the notice was new. */
    public record Registered(HouseholdCase householdCase, boolean registered) {
    }

    public Uni<Registered> handle(Mutiny.Session session, IncomingNotice notice) {
        return session.find(CaseNotice.class, notice.noticeId()).flatMap(existing -> {
            if (existing != null) {
                return session.find(HouseholdCase.class, existing.caseId).map(c -> new Registered(c, false));
            }
            return locator.lockBuilding(session, notice.keys().buildingKey())
                    .flatMap(v -> locator.openCase(session, notice.household()))
                    .flatMap(found -> found.isPresent()
                            ? file(session, found.get(), notice, false, CaseOpening.attach(found.get(), notice))
                            : locator.previousCase(session, notice.household())
                                    .flatMap(previous -> opening.open(session, notice, previous))
                                    .flatMap(c -> file(session, c, notice, true, c.childrenAffected())))
                    .map(c -> new Registered(c, true));
        });
    }

    private Uni<HouseholdCase> file(Mutiny.Session session, HouseholdCase c, IncomingNotice notice, boolean newCase,
            boolean childrenBecameAffected) {
        return filing.file(session, c, notice, newCase, childrenBecameAffected).flatMap(n -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            if (notice.kind() == NoticeKind.EVICTION && notice.kfmCaseNumber() != null) {
                chain = chain.flatMap(v -> evictions.file(session, c, notice));
            }
            return chain
                    .flatMap(v -> parked.apply(session, n.id.toString()))
                    .flatMap(v -> deadlines.refresh(session, c))
                    .invoke(() -> LOG.infof("Notice %s (%s) registered on case %s (%s)", n.id, n.kind, c.id,
                            c.board == null ? "unrouted" : c.board));
        }).replaceWith(c);
    }
}
