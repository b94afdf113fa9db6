package se.bokvar.cases.app.deadline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.duty.ResponsibleCaseworkerNaming;
import se.bokvar.cases.store.EvictionStore;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;

/**
 * The periodic scan (every {@code bokvar.scan.interval}) that any replica may run at the same time as the others:
 * <ul>
 * <li>Kronofogden notices whose cut-off passed without a naming: the duty caseworker is named;</li>
 * <li>deadlines whose next alert may have become due: the case's deadlines are recomputed from its facts and the
 * due alerts announced once.</li>
 * </ul>
 * Each case is handled in its own transaction with its row locked {@code FOR UPDATE SKIP LOCKED}: replicas share the
 * work, and the alert table's uniqueness makes a double announcement impossible even without the lock.
 */
@ApplicationScoped
public class DeadlineScan {

    private static final Logger LOG = Logger.getLogger(DeadlineScan.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final DeadlineService deadlines;
    private final ResponsibleCaseworkerNaming responsible;
    private final CaseAnnouncements announcements;
    private final Clock clock;
    private final int batchSize;
    private final EvictionStore evictions;

    @Inject
    public DeadlineScan(Mutiny.SessionFactory sessionFactory, DeadlineService deadlines, ResponsibleCaseworkerNaming responsible,
            CaseAnnouncements announcements, Clock clock, @ConfigProperty(name = "bokvar.scan.batch-size") int batchSize,
            EvictionStore evictions) {
        this.evictions = evictions;
        this.sessionFactory = sessionFactory;
        this.deadlines = deadlines;
        this.responsible = responsible;
        this.announcements = announcements;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${bokvar.scan.interval}", delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return scanOnce().onFailure().invoke(f -> LOG.warnf("The deadline scan failed (%s); it runs again at the next interval",
                f.getClass().getSimpleName())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass: namings at the cut-off, then due deadlines. Returns how many cases were handled. */
    public Uni<Integer> scanOnce() {
        return namings().flatMap(n -> dueDeadlines().map(d -> n + d));
    }

    /** Names the duty caseworker where the cut-off passed without an assignment. */
    public Uni<Integer> namings() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return sessionFactory.withSession(session -> evictions.casesWithNamingsDue(session, now, batchSize))
                .flatMap(ids -> each(ids, (session, c) -> evictions.unnamed(session, c.id)
                .flatMap(list -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (KfmEviction k : list) {
                        chain = chain.flatMap(v -> responsible.cutOffPassed(session, c, k));
                    }
                    return chain.flatMap(v -> deadlines.refresh(session, c));
                })));
    }

    /** Recomputes the cases whose deadlines may have an alert due, announcing each alert once. */
    public Uni<Integer> dueDeadlines() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return sessionFactory.withSession(session -> evictions.casesWithDeadlineChecksDue(session, now, batchSize))
                .flatMap(ids -> each(ids, deadlines::refresh));
    }

    private interface CaseWork {
        Uni<Void> run(Mutiny.Session session, HouseholdCase c);
    }

    private Uni<Integer> each(List<UUID> ids, CaseWork work) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (UUID id : ids) {
            chain = chain.flatMap(n -> sessionFactory.withTransaction((session, tx) -> evictions
                    .lockUnlessLocked(session, id)
                    .flatMap(locked -> locked.isEmpty() ? Uni.createFrom().item(0)
                            : work.run(session, locked.get(0)).replaceWith(1)))
                    .invoke(announcements::nudge)
                    .onFailure().invoke(f -> LOG.warnf("Scanning case %s failed (%s); retried at the next scan", id,
                            f.getClass().getSimpleName()))
                    .onFailure().recoverWithItem(0)
                    .map(done -> n + done));
        }
        return chain;
    }
}
