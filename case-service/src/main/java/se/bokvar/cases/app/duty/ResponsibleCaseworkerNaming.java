package se.bokvar.cases.app.duty;

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
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.EvictionStore;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.rules.deadline.AcknowledgementResponsibility.Basis;
import se.bokvar.rules.deadline.AcknowledgementResponsibility.Decision;
import se.bokvar.rules.deadline.AcknowledgementResponsibility;

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
public class ResponsibleCaseworkerNaming {

    private static final Logger LOG = Logger.getLogger(ResponsibleCaseworkerNaming.class);

    private final Clock clock;
    private final DutyCaseworkers duty;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;
    private final ObjectMapper mapper;
    private final EvictionStore evictions;
    private final CaseFileStore files;

    @Inject
    public ResponsibleCaseworkerNaming(Clock clock, DutyCaseworkers duty, CaseAnnouncements announcements, Timeline timeline,
            ObjectMapper mapper, EvictionStore evictions, CaseFileStore files) {
        this.clock = clock;
        this.duty = duty;
        this.evictions = evictions;
        this.files = files;
        this.announcements = announcements;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    public LocalTime cutOff() {
        return duty.cutOff();
    }

    /** A new eviction notice on the case: name now, or wait for an assignment until the cut-off. */
    public Uni<Void> noticeReceived(Mutiny.Session session, HouseholdCase c, KfmEviction k) {
        Decision decision = AcknowledgementResponsibility.decide(k.receivedAt.toInstant(), duty.cutOff(),
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
                } else if (!duty.responsibleUser(c, k).equals(k.namedUser)) {
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
        Decision decision = AcknowledgementResponsibility.decide(k.receivedAt.toInstant(), duty.cutOff(),
                c.assignedTo != null, c.board != null, clock.instant());
        return decision.nameNow() ? name(session, c, k, decision.basis()) : Uni.createFrom().voidItem();
    }

    Uni<List<KfmEviction>> evictions(Mutiny.Session session, HouseholdCase c) {
        return files.evictions(session, c.id);
    }

    Uni<Void> name(Mutiny.Session session, HouseholdCase c, KfmEviction k, Basis basis) {
        String userId = duty.responsibleUser(c, k);
        int sequence = k.namedSequence + 1;
        Basis effective = k.namedSequence > 0 ? Basis.REASSIGNED : basis;
        Instant now = clock.instant();
        return evictions.nameOnce(session, new EvictionStore.Naming(c.id, k.kfmCaseNumber, sequence, userId,
                effective.name(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .flatMap(inserted -> {
                    if (!inserted) {
                        LOG.infof("Naming %d for case %s was already made by another instance", sequence, c.id);
                        return Uni.createFrom().voidItem();
                    }
                    k.namedSequence = sequence;
                    k.namedUser = userId;
                    k.namedBasis = effective.name();
                    k.namedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                    CaseworkerV1 caseworker = duty.present(userId);
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
}
