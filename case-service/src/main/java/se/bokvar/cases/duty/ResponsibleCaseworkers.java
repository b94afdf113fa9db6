package se.bokvar.cases.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.cases.service.Timeline;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.rules.deadline.AcknowledgementResponsibility;
import se.bokvar.rules.deadline.AcknowledgementResponsibility.Basis;
import se.bokvar.rules.deadline.AcknowledgementResponsibility.Decision;

/**
 * The caseworker responsible for the same-day acknowledgement of each Kronofogden notice (case-service owns it;
 * kronofogden-adapter delivers it): the case's assigned caseworker, or from the cut-off time
 * ({@code BOKVAR_KFM_CUTOFF}) on the day of receipt — at once for a notice after it — the board's duty caseworker
 * of that day from the duty roster, or the central duty caseworker for an unrouted case. Every naming is announced
 * ({@code RESPONSIBLE_CASEWORKER_NAMED}, sequence 1, 2, ... per case and KFM case number); a change of caseworker or
 * board after it is announced again (basis REASSIGNED). A naming row's primary key (case, KFM number, sequence) is
 * the guard against two replicas naming the same sequence.
 */
@ApplicationScoped
public class ResponsibleCaseworkers {

    private static final Logger LOG = Logger.getLogger(ResponsibleCaseworkers.class);

    static final String NAMING_ONCE = "insert into responsible_naming (case_id, kfm_case_number, sequence, user_id, basis,"
            + " named_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing";

    private final Clock clock;
    private final LocalTime cutOff;
    private final DutyRoster roster;
    private final CaseworkerDirectory directory;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;
    private final ObjectMapper mapper;

    @Inject
    public ResponsibleCaseworkers(Clock clock, @CutOff LocalTime cutOff, DutyRoster roster,
            CaseworkerDirectory directory, CaseAnnouncements announcements, Timeline timeline, ObjectMapper mapper) {
        this.clock = clock;
        this.cutOff = cutOff;
        this.roster = roster;
        this.directory = directory;
        this.announcements = announcements;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    public LocalTime cutOff() {
        return cutOff;
    }

    /** A new eviction notice on the case: name now, or wait for an assignment until the cut-off. */
    public Uni<Void> noticeReceived(Mutiny.Session session, HouseholdCase c, KfmEviction k) {
        Decision decision = AcknowledgementResponsibility.decide(k.receivedAt.toInstant(), cutOff,
                c.assignedTo != null, c.board != null, clock.instant());
        return decision.nameNow() ? name(session, c, k, decision.basis()) : Uni.createFrom().voidItem();
    }

    /**
     * The case's caseworker or board changed: name the assigned caseworker for notices still waiting, and name
     * again (REASSIGNED) wherever the responsible person is no longer the one named.
     */
    public Uni<Void> caseChanged(Mutiny.Session session, HouseholdCase c) {
        return evictions(session, c).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (KfmEviction k : list) {
                if (k.namedSequence == 0) {
                    if (c.assignedTo != null) {
                        chain = chain.flatMap(v -> name(session, c, k, Basis.ASSIGNED));
                    }
                } else if (!responsibleUser(c, k).equals(k.namedUser)) {
                    chain = chain.flatMap(v -> name(session, c, k, Basis.REASSIGNED));
                }
            }
            return chain;
        });
    }

    /** The cut-off has passed for a notice still without a naming: the duty caseworker (the scan calls this). */
    public Uni<Void> cutOffPassed(Mutiny.Session session, HouseholdCase c, KfmEviction k) {
        if (k.namedSequence > 0) {
            return Uni.createFrom().voidItem();
        }
        Decision decision = AcknowledgementResponsibility.decide(k.receivedAt.toInstant(), cutOff,
                c.assignedTo != null, c.board != null, clock.instant());
        return decision.nameNow() ? name(session, c, k, decision.basis()) : Uni.createFrom().voidItem();
    }

    Uni<List<KfmEviction>> evictions(Mutiny.Session session, HouseholdCase c) {
        return session.createSelectionQuery("from KfmEviction where caseId = :id order by receivedAt", KfmEviction.class)
                .setParameter("id", c.id).getResultList();
    }

    /** Who is responsible now: the assigned caseworker, else the duty caseworker of the board (or central). */
    String responsibleUser(HouseholdCase c, KfmEviction k) {
        if (c.assignedTo != null) {
            return c.assignedTo;
        }
        String board = c.board == null ? DutyRoster.CENTRAL : c.board;
        return roster.dutyFor(board, k.dueOn)
                .or(() -> roster.dutyFor(DutyRoster.CENTRAL, k.dueOn))
                .orElseThrow(() -> new IllegalStateException("The duty roster names nobody for " + board + " on " + k.dueOn
                        + " and no central duty caseworker either"));
    }

    Uni<Void> name(Mutiny.Session session, HouseholdCase c, KfmEviction k, Basis basis) {
        String userId = responsibleUser(c, k);
        int sequence = k.namedSequence + 1;
        Basis effective = k.namedSequence > 0 ? Basis.REASSIGNED : basis;
        Instant now = clock.instant();
        return session.createNativeQuery(NAMING_ONCE)
                .setParameter(1, c.id).setParameter(2, k.kfmCaseNumber).setParameter(3, sequence)
                .setParameter(4, userId).setParameter(5, effective.name())
                .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        LOG.infof("Naming %d for case %s was already made by another instance", sequence, c.id);
                        return Uni.createFrom().voidItem();
                    }
                    k.namedSequence = sequence;
                    k.namedUser = userId;
                    k.namedBasis = effective.name();
                    k.namedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                    CaseworkerV1 caseworker = present(userId);
                    return session.find(CaseNotice.class, k.noticeId).flatMap(notice -> {
                        EvictionNoticeReceivedV1 original = EventData.read(mapper, notice.payload, EvictionNoticeReceivedV1.class);
                        ResponsibleCaseworkerNamedV1 naming = new ResponsibleCaseworkerNamedV1(c.id, k.kfmCaseNumber,
                                k.noticeId, k.receivedAt.toInstant(), k.dueOn, caseworker, effective.name(), sequence,
                                k.evictionAt, original.tenants(), original.address());
                        return announcements.responsibleNamed(session, c, naming);
                    }).flatMap(v -> timeline.add(session, c.id, now, "RESPONSIBLE_NAMED",
                            "Responsible caseworker named to Kronofogden: " + caseworker.name() + " (" + effective + ")",
                            null, k.kfmCaseNumber, Map.of("userId", userId, "basis", effective.name(), "sequence", sequence)));
                });
    }

    /** The caseworker as presented to Kronofogden and the tenant: from the directory, else the unit's basics. */
    CaseworkerV1 present(String userId) {
        return directory.find(userId).map(CaseworkerDirectory.Entry::asContract)
                .orElseGet(() -> new CaseworkerV1(userId, userId, null, null, null));
    }
}
