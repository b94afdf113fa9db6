package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CaseLocator;
import se.bokvar.cases.store.NoticeStore;
import se.bokvar.cases.store.ParkedEventStore;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Registers a run of notices from one poll together (issue 14): the common case, a household with no case yet,
 * costs a share of a handful of statements for the whole run instead of about twenty of its own. For the run:
 * which notices are registered already, the buildings' locks (one statement, in a fixed order), every case in those
 * buildings with the people asked about, and which notices have events parked for them. A notice whose household has
 * no case, no earlier notice of the run for the same household, nothing parked and no alert due at once opens its
 * case with the others of the run ({@link NewCases}: one round trip per table). Every other notice (a household
 * with a case, open or closed, a Kronofogden notice, a redelivery) then goes through {@link RegisterNotice} one by one,
 * in the run's order, exactly as a notice consumed alone. The result is the same rows and events as one at a time
 * ({@code RegisterNoticesTest} compares them).
 */
@ApplicationScoped
public class RegisterNotices {

    private final RegisterNotice registration;
    private final CaseLocator locator;
    private final NoticeStore notices;
    private final ParkedEventStore parked;
    private final NewCases newCases;
    private final Clock clock;

    @Inject
    public RegisterNotices(RegisterNotice registration, CaseLocator locator, NoticeStore notices, ParkedEventStore parked,
            NewCases newCases, Clock clock) {
        this.registration = registration;
        this.locator = locator;
        this.notices = notices;
        this.parked = parked;
        this.newCases = newCases;
        this.clock = clock;
    }

    /**
     * Registers the notices in the caller's transaction, in their order per household.
     *
     * @param traceparents per notice, the trace its announcements continue
     */
    public Uni<Void> handle(Mutiny.Session session, List<IncomingNotice> run, List<String> traceparents) {
        if (run.size() == 1) {
            return registration.handle(session, run.get(0)).replaceWithVoid();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        Set<String> buildings = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        for (IncomingNotice n : run) {
            ids.add(n.noticeId());
            buildings.add(n.keys().buildingKey());
            persons.addAll(n.household().personalIdentityNumbers());
        }
        return notices.registered(session, ids).flatMap(registered -> locator.lockBuildings(session, buildings)
                .flatMap(v -> locator.casesInBuildings(session, buildings, persons))
                .flatMap(existing -> parked.awaited(session, ids.stream().map(UUID::toString).toList())
                        .flatMap(awaited -> {
                            Instant now = clock.instant();
                            List<NewCases.Opened> opened = new ArrayList<>();
                            List<IncomingNotice> oneByOne = new ArrayList<>();
                            for (int i = 0; i < run.size(); i++) {
                                IncomingNotice n = run.get(i);
                                boolean alone = n.kind() == NoticeKind.EVICTION
                                        || registered.contains(n.noticeId())
                                        || awaited.contains(n.noticeId().toString())
                                        || existing.stream().anyMatch(c -> sameHousehold(n, c))
                                        || run.subList(0, i).stream().anyMatch(earlier -> sameHousehold(n, earlier));
                                Optional<NewCases.Opened> o = alone ? Optional.empty() : newCases.open(n, traceparents.get(i), now);
                                if (o.isPresent()) {
                                    opened.add(o.get());
                                } else {
                                    oneByOne.add(n);
                                }
                            }
                            return newCases.store(session, opened, now).flatMap(x -> oneByOne(session, oneByOne));
                        })));
    }

    /** Whether a case in the building may be the notice's household's (as {@link CaseLocator} matches, or wider). */
    private static boolean sameHousehold(IncomingNotice n, CaseLocator.BuildingCase c) {
        return n.keys().tenancyKey().equals(c.tenancyKey()) || n.keys().buildingKey().equals(c.buildingKey())
                && c.personalIdentityNumber() != null
                && n.household().personalIdentityNumbers().contains(c.personalIdentityNumber());
    }

    /** Whether two notices of the run may be one household's (then the later waits for the earlier's case). */
    private static boolean sameHousehold(IncomingNotice n, IncomingNotice earlier) {
        if (n.keys().tenancyKey().equals(earlier.keys().tenancyKey())) {
            return true;
        }
        if (!n.keys().buildingKey().equals(earlier.keys().buildingKey())) {
            return false;
        }
        Set<String> people = new HashSet<>(earlier.household().personalIdentityNumbers());
        return n.household().personalIdentityNumbers().stream().anyMatch(people::contains);
    }

    /** The rest, one by one in the run's order, each flushed and cleared as the frame does between events. */
    private Uni<Void> oneByOne(Mutiny.Session session, List<IncomingNotice> rest) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (IncomingNotice n : rest) {
            chain = chain.flatMap(v -> registration.handle(session, n)).flatMap(r -> session.flush())
                    .invoke(session::clear);
        }
        return chain;
    }
}
