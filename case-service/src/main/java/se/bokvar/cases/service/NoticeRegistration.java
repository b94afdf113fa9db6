package se.bokvar.cases.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CasePerson;
import se.bokvar.cases.CaseStatus;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.deadline.TenureKind;

/**
 * Registers incoming notices on cases: finds the household's open case by its tenancy key or opens a new one in
 * the unit that covers the postal code (unrouted if none does), and computes the deadlines.
 */
@ApplicationScoped
public class NoticeRegistration {

    private static final Logger LOG = Logger.getLogger(NoticeRegistration.class);

    private final Routing routing;
    private final Clock clock;

    @Inject
    public NoticeRegistration(Routing routing, Clock clock) {
        this.routing = routing;
        this.clock = clock;
    }

    /** Registers a termination for unpaid rent; a notice already registered is left alone. */
    public Uni<Void> registerTermination(Mutiny.Session session, TerminationNoticeReceivedV1 notice, String payload) {
        return session.find(CaseNotice.class, notice.noticeId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return openCase(session, notice.keys().tenancyKey()).flatMap(found -> {
                HouseholdCase c = found.orElseGet(() -> newCase(notice));
                applyRecoveryPeriod(c, notice);
                if ("YES".equals(notice.childrenKnown().name())) {
                    c.childrenKnown = "YES";
                } else if ("UNKNOWN".equals(c.childrenKnown) && "NO".equals(notice.childrenKnown().name())) {
                    c.childrenKnown = "NO";
                }
                CaseNotice n = new CaseNotice();
                n.id = notice.noticeId();
                n.caseId = c.id;
                n.kind = "TERMINATION_UNPAID_RENT";
                n.source = "landlord";
                n.senderId = notice.landlordId();
                n.senderReference = notice.landlordReference();
                n.receivedAt = OffsetDateTime.ofInstant(notice.receivedAt(), Stockholm.STOCKHOLM);
                n.servedOn = notice.servedOn();
                n.monthlyRent = notice.monthlyRent();
                n.debtAmount = notice.debtAmount();
                n.monthsInArrears = notice.monthsInArrears();
                n.payload = payload;
                n.registeredAt = OffsetDateTime.now(clock);
                Uni<Void> saveCase = found.isPresent() ? Uni.createFrom().voidItem() : session.persist(c);
                return saveCase.flatMap(v -> session.persist(n))
                        .flatMap(v -> addPeople(session, c.id, notice))
                        .invoke(() -> LOG.infof("Notice %s registered on case %s (%s)", notice.noticeId(), c.id,
                                c.board == null ? "unrouted" : c.board));
            });
        });
    }

    private Uni<Optional<HouseholdCase>> openCase(Mutiny.Session session, String tenancyKey) {
        return session.createSelectionQuery("from HouseholdCase where tenancyKey = :key and status <> :closed", HouseholdCase.class)
                .setParameter("key", tenancyKey)
                .setParameter("closed", CaseStatus.CLOSED)
                .getSingleResultOrNull()
                .map(Optional::ofNullable);
    }

    private HouseholdCase newCase(TerminationNoticeReceivedV1 notice) {
        HouseholdCase c = new HouseholdCase();
        c.id = UUID.randomUUID();
        c.board = routing.boardFor(notice.address().postalCode()).orElse(null);
        c.unit = "adult";
        c.status = CaseStatus.OPENED;
        c.openedAt = OffsetDateTime.now(clock);
        c.tenancyKey = notice.keys().tenancyKey();
        c.buildingKey = notice.keys().buildingKey();
        c.street = notice.address().street();
        c.postalCode = notice.address().postalCode();
        c.city = notice.address().city();
        c.flatNumber = notice.address().flatNumber();
        c.childrenKnown = notice.childrenKnown().name();
        return c;
    }

    private static void applyRecoveryPeriod(HouseholdCase c, TerminationNoticeReceivedV1 notice) {
        LocalDate receivedOn = Stockholm.dateOf(notice.receivedAt());
        RecoveryPeriod period = RecoveryPeriod.compute(TenureKind.valueOf(notice.tenure().name()),
                Optional.ofNullable(notice.servedOn()), receivedOn);
        c.recoveryPeriodStart = period.start();
        c.recoveryPeriodNominalEnd = period.nominalEnd();
        c.recoveryPeriodLastDay = period.lastDay();
        c.recoveryPeriodProvisional = period.provisional();
        c.actByDate = c.actByDate == null || period.lastDay().isBefore(c.actByDate) ? period.lastDay() : c.actByDate;
    }

    private Uni<Void> addPeople(Mutiny.Session session, UUID caseId, TerminationNoticeReceivedV1 notice) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PersonV1 tenant : notice.tenants()) {
            chain = chain.flatMap(v -> {
                CasePerson.Key key = new CasePerson.Key();
                key.caseId = caseId;
                key.personalIdentityNumber = tenant.personalIdentityNumber();
                return session.find(CasePerson.class, key).flatMap(existing -> {
                    if (existing != null) {
                        existing.name = tenant.name();
                        return Uni.createFrom().voidItem();
                    }
                    CasePerson p = new CasePerson();
                    p.caseId = caseId;
                    p.personalIdentityNumber = tenant.personalIdentityNumber();
                    p.coordinationNumber = tenant.coordinationNumber();
                    p.name = tenant.name();
                    p.role = "tenant";
                    return session.persist(p);
                });
            });
        }
        return chain;
    }
}
