package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.internal.SqmCriteriaNodeBuilder;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.notice.IncomingNotice;
import se.bokvar.cases.app.notice.RegisterNotices;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * Registering a notice reuses Hibernate's cached query plans instead of adding new ones (docs/benchmarks.md, issue 14,
 * third step). Hibernate Reactive's native selects never hit the cache: each added an entry under the same hash,
 * every look-up compared them one by one, and they crowded the HQL plans out. Once every kind of registration has
 * run, more of the same must leave the cache as it was.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class QueryPlanCacheTest {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void registeringMoreNoticesAddsNoQueryPlans() {
        QueryInterpretationCache cache = ((SqmCriteriaNodeBuilder) sessions.getCriteriaBuilder()).getQueryEngine()
                .getInterpretationCache();
        households(3); // every path once: a new case, a further notice, Kronofogden's notice matched by the tenant
        int before = cache.getNumberOfCachedQueryPlans();
        assertThat(before).as("room in the cache to see it grow").isLessThan(1500);

        households(10);

        assertThat(cache.getNumberOfCachedQueryPlans() - before).as("query plans added by 30 more notices")
                .isLessThanOrEqualTo(3);
    }

    /**
     * The run path's look-ups take lists (notice ids, buildings, personnummer, awaited keys) whose length changes with
     * every poll: runs of ten different sizes must not add a plan per size.
     */
    @Test
    void runsOfEverySizeAddNoQueryPlans() {
        QueryInterpretationCache cache = ((SqmCriteriaNodeBuilder) sessions.getCriteriaBuilder()).getQueryEngine()
                .getInterpretationCache();
        run(2); // every statement of the run path once
        int before = cache.getNumberOfCachedQueryPlans();

        for (int size = 3; size <= 12; size++) {
            run(size);
        }

        assertThat(cache.getNumberOfCachedQueryPlans() - before).as("query plans added by runs of 3 to 12 notices")
                .isLessThanOrEqualTo(3);
    }

    @Inject
    RegisterNotices registration;

    private void run(int size) {
        List<IncomingNotice> run = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "1201"), null, NOW,
                    ChildrenKnownV1.NO, Pins.next());
            run.add(IncomingNotice.of(n, "{}"));
        }
        sessions.withTransaction(s -> registration.handle(s, run, Collections.nCopies(size, null))).await().indefinitely();
    }

    private static void households(int count) {
        for (int i = 0; i < count; i++) {
            Place flat = Place.fresh("41502", "1201");
            String tenant = Pins.next();
            TerminationNoticeReceivedV1 first = TestEvents.termination(flat, LocalDate.now(), NOW.minusSeconds(60),
                    ChildrenKnownV1.NO, tenant);
            TerminationNoticeReceivedV1 further = TestEvents.termination(flat, null, NOW.minusSeconds(30),
                    ChildrenKnownV1.NO, tenant);
            // the eviction tomorrow: its alert is due at once, whatever the time of day (the alert insert's read-back
            // once added a plan per run, and only after the acknowledgement's evening cut-off did a test reach it)
            EvictionNoticeReceivedV1 kfm = TestEvents.eviction("KFM-" + System.nanoTime(), flat.flat(null), NOW,
                    OffsetDateTime.now().plusDays(1), ChildrenKnownV1.NO, tenant);
            TestEvents.publish(first);
            String caseId = caseIdOf(ANNA, first.noticeId());
            TestEvents.publish(further);
            TestEvents.publish(kfm);
            assertThat(caseIdOf(ANNA, further.noticeId())).isEqualTo(caseId);
            assertThat(caseIdOf(ANNA, kfm.noticeId())).isEqualTo(caseId);
        }
    }
}
