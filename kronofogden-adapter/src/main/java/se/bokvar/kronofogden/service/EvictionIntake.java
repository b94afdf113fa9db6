package se.bokvar.kronofogden.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.LandlordPartyV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.kronofogden.Delivery;
import se.bokvar.kronofogden.DeliveryKind;
import se.bokvar.kronofogden.EvictionNotice;
import se.bokvar.kronofogden.EvictionState;
import se.bokvar.kronofogden.EvictionUpdate;
import se.bokvar.kronofogden.rest.EvictionNoticeRequest;
import se.bokvar.kronofogden.rest.EvictionStatusView;
import se.bokvar.kronofogden.rest.EvictionUpdateRequest;
import se.bokvar.kronofogden.rest.NoticeReceipt;
import se.bokvar.kronofogden.rest.UpdateReceipt;
import se.bokvar.kronofogden.service.ContentHash.Json;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.SameDay;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * Takes Kronofogden's eviction notices and updates in. Each is stored with its outbox event in one transaction,
 * so a receipt is given only for what is stored and will reach case-service. Nothing here calls Kronofogden:
 * intake never waits for, or fails with, the outbound side.
 */
@ApplicationScoped
public class EvictionIntake {

    /** How far ahead an eviction date may lie (a typo guard, not a legal limit). */
    static final Duration MAX_AHEAD = Duration.ofDays(400);

    private final Mutiny.SessionFactory sessionFactory;
    private final Outbox outbox;
    private final Clock clock;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;
    private final DeliveryConfig config;

    @Inject
    public EvictionIntake(Mutiny.SessionFactory sessionFactory, Outbox outbox, Clock clock, TenancyKeys keys, ObjectMapper mapper,
            DeliveryConfig config) {
        this.sessionFactory = sessionFactory;
        this.outbox = outbox;
        this.clock = clock;
        this.keys = keys;
        this.mapper = mapper;
        this.config = config;
    }

    // ---------------------------------------------------------------------------------------------- notices

    /**
     * Receives a notice. Idempotent on the KFM case number: the same notice again answers with the original
     * receipt; another notice with a known case number is a conflict (changes come as updates).
     */
    public Uni<Received<NoticeReceipt>> receiveNotice(EvictionNoticeRequest request) {
        NormalizedNotice notice = normalize(request);
        String hash = ContentHash.of(mapper, notice);
        return receiveNotice(notice, hash)
                // two identical deliveries at the same moment: the loser finds the winner's row
                .onFailure(EvictionIntake::isUniqueViolation).recoverWithUni(() -> receiveNotice(notice, hash));
    }

    private Uni<Received<NoticeReceipt>> receiveNotice(NormalizedNotice notice, String hash) {
        return sessionFactory.withTransaction((session, tx) -> findNotice(session, notice.kfmCaseNumber(), false)
                .flatMap(existing -> {
                    if (existing != null) {
                        if (!existing.contentHash.equals(hash)) {
                            throw new ProblemException(ProblemType.CONFLICT, "Kronofogden case " + notice.kfmCaseNumber()
                                    + " was received before with other content. Send changes to the case as updates: POST "
                                    + statusUrl(notice.kfmCaseNumber()) + "/updates");
                        }
                        return Uni.createFrom().item(new Received<>(receipt(existing), false));
                    }
                    return store(session, notice, hash).map(stored -> new Received<>(receipt(stored), true));
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    private Uni<EvictionNotice> store(Mutiny.Session session, NormalizedNotice notice, String hash) {
        Instant now = now();
        requireFuture("evictionAt", notice.evictionAt(), now);
        PostalCode postalCode = PostalCode.parse(notice.address().postalCode());
        KeysV1 noticeKeys = new KeysV1(keys.buildingKey(postalCode, notice.address().street()),
                keys.tenancyKey(postalCode, notice.address().street(), notice.address().flatNumber()));
        UUID id = UUID.randomUUID();
        OffsetDateTime receivedAt = stockholm(now);
        OffsetDateTime evictionAt = stockholm(notice.evictionAt());

        EvictionNotice entity = new EvictionNotice();
        entity.id = id;
        entity.kfmCaseNumber = notice.kfmCaseNumber();
        entity.receivedAt = receivedAt;
        entity.evictionAt = evictionAt;
        entity.state = EvictionState.ACTIVE;
        entity.buildingKey = noticeKeys.buildingKey();
        entity.tenancyKey = noticeKeys.tenancyKey();
        entity.contentHash = hash;
        entity.notice = Json.write(mapper, notice);
        entity.updatedAt = receivedAt;
        entity.acknowledgementAlertAt = stockholm(DeliveryPolicy.overdueAt(SameDay.dayOf(now), now, config.overdueAlertTime(),
                config.overdueGrace()));

        EvictionNoticeReceivedV1 event = new EvictionNoticeReceivedV1(id, notice.kfmCaseNumber(), now, evictionAt,
                notice.tenants().stream().map(t -> new PersonV1(t.personalIdentityNumber(), t.coordinationNumber(), t.name())).toList(),
                new AddressV1(notice.address().street(), notice.address().postalCode(), notice.address().city(), notice.address().flatNumber()),
                new LandlordPartyV1(notice.applicant().name(), notice.applicant().organisationNumber(), null),
                new ContactV1(notice.kfmContact().name(), notice.kfmContact().phone(), notice.kfmContact().email()),
                ChildrenKnownV1.valueOf(notice.childrenKnown()), noticeKeys);
        return session.persist(entity)
                .flatMap(v -> outbox.append(session, EvictionEvents.NOTICE_RECEIVED, noticeKeys.buildingKey(),
                        notice.kfmCaseNumber(), event))
                .replaceWith(entity);
    }

    NormalizedNotice normalize(EvictionNoticeRequest r) {
        List<NormalizedNotice.Tenant> tenants = r.tenants().stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new NormalizedNotice.Tenant(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
        EvictionNoticeRequest.Address a = r.address();
        return new NormalizedNotice(r.kfmCaseNumber().strip(), tenants,
                new NormalizedNotice.Address(a.street().strip(), PostalCode.parse(a.postalCode()).value(), a.city().strip(),
                        blankToNull(a.flatNumber())),
                new NormalizedNotice.Applicant(r.applicant().name().strip(),
                        r.applicant().organisationNumber() == null ? null : r.applicant().organisationNumber().replace("-", "")),
                r.evictionAt().toInstant(),
                new NormalizedNotice.Contact(r.kfmContact().name().strip(), blankToNull(r.kfmContact().phone()),
                        blankToNull(r.kfmContact().email())),
                r.childrenKnown() == null ? "UNKNOWN" : r.childrenKnown().name());
    }

    // ---------------------------------------------------------------------------------------------- updates

    /**
     * Receives an update to a notified case. Idempotent on Kronofogden's update id; a cancelled or carried-out
     * case takes no more updates.
     */
    public Uni<Received<UpdateReceipt>> receiveUpdate(String kfmCaseNumber, EvictionUpdateRequest request) {
        String comment = blankToNull(request.comment());
        Instant evictionAt = request.evictionAt() == null ? null : request.evictionAt().toInstant();
        if (request.kind().carriesDate() && evictionAt == null) {
            throw ProblemException.validation("evictionAt", "is required for " + request.kind());
        }
        if (!request.kind().carriesDate() && evictionAt != null) {
            throw ProblemException.validation("evictionAt", "must be absent for " + request.kind());
        }
        String hash = ContentHash.of(mapper, new Object[] { request.kind().name(), evictionAt, comment });
        return receiveUpdate(kfmCaseNumber, request, evictionAt, comment, hash)
                .onFailure(EvictionIntake::isUniqueViolation)
                .recoverWithUni(() -> receiveUpdate(kfmCaseNumber, request, evictionAt, comment, hash));
    }

    private Uni<Received<UpdateReceipt>> receiveUpdate(String kfmCaseNumber, EvictionUpdateRequest request, Instant evictionAt,
            String comment, String hash) {
        return sessionFactory.withTransaction((session, tx) -> findNotice(session, kfmCaseNumber, true)
                .flatMap(notice -> {
                    if (notice == null) {
                        throw ProblemException.notFound("Kronofogden case " + kfmCaseNumber);
                    }
                    return session.createSelectionQuery("from EvictionUpdate where kfmCaseNumber = :k and kfmUpdateId = :u",
                                    EvictionUpdate.class)
                            .setParameter("k", kfmCaseNumber).setParameter("u", request.updateId())
                            .getSingleResultOrNull()
                            .flatMap(existing -> {
                                if (existing != null) {
                                    if (!existing.contentHash.equals(hash)) {
                                        throw new ProblemException(ProblemType.CONFLICT, "Update " + request.updateId()
                                                + " of Kronofogden case " + kfmCaseNumber + " was received before with other content");
                                    }
                                    return Uni.createFrom().item(new Received<>(receipt(existing), false));
                                }
                                return applyUpdate(session, notice, request, evictionAt, comment, hash)
                                        .map(update -> new Received<>(receipt(update), true));
                            });
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    private Uni<EvictionUpdate> applyUpdate(Mutiny.Session session, EvictionNotice notice, EvictionUpdateRequest request,
            Instant evictionAt, String comment, String hash) {
        if (!notice.state.isOpen()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "Kronofogden case " + notice.kfmCaseNumber
                    + " is " + notice.state + " and takes no more updates");
        }
        Instant now = now();
        if (evictionAt != null) {
            requireFuture("evictionAt", evictionAt, now);
        }
        EvictionUpdate update = new EvictionUpdate();
        update.id = UUID.randomUUID();
        update.kfmCaseNumber = notice.kfmCaseNumber;
        update.kfmUpdateId = request.updateId();
        update.kind = request.kind();
        update.evictionAt = evictionAt == null ? null : stockholm(evictionAt);
        update.comment = comment;
        update.receivedAt = stockholm(now);
        update.stateAfter = request.kind().resultingState();
        update.contentHash = hash;

        notice.state = update.stateAfter;
        if (update.evictionAt != null) {
            notice.evictionAt = update.evictionAt;
        }
        notice.updatedAt = update.receivedAt;

        EvictionUpdatedV1 event = new EvictionUpdatedV1(update.id, notice.kfmCaseNumber, now, request.kind().name(),
                update.evictionAt, comment, new KeysV1(notice.buildingKey, notice.tenancyKey));
        return session.persist(update)
                .flatMap(v -> outbox.append(session, EvictionEvents.UPDATED, notice.buildingKey, notice.kfmCaseNumber, event))
                .replaceWith(update);
    }

    // ---------------------------------------------------------------------------------------------- status

    /** What Kronofogden may read about its notice: the receipt, the latest acknowledgement and the updates. */
    public Uni<EvictionStatusView> status(String kfmCaseNumber) {
        return sessionFactory.withSession(session -> findNotice(session, kfmCaseNumber, false).flatMap(notice -> {
            if (notice == null) {
                throw ProblemException.notFound("Kronofogden case " + kfmCaseNumber);
            }
            Uni<List<EvictionUpdate>> updates = session.createSelectionQuery(
                            "from EvictionUpdate where kfmCaseNumber = :k order by receivedAt, id", EvictionUpdate.class)
                    .setParameter("k", kfmCaseNumber).getResultList();
            Uni<Delivery> latest = session.createSelectionQuery("from Delivery where kfmCaseNumber = :k and kind = :kind"
                            + " and status <> :superseded order by sequence desc", Delivery.class)
                    .setParameter("k", kfmCaseNumber).setParameter("kind", DeliveryKind.ACKNOWLEDGEMENT)
                    .setParameter("superseded", se.bokvar.kronofogden.DeliveryStatus.SUPERSEDED)
                    .setMaxResults(1).getSingleResultOrNull();
            // one after the other: a session must not run two queries at once
            return updates.flatMap(list -> latest.map(ack -> new EvictionStatusView(notice.kfmCaseNumber,
                    notice.id, stockholm(notice.receivedAt.toInstant()), stockholm(notice.evictionAt.toInstant()), notice.state.name(),
                    SameDay.dayOf(notice.receivedAt.toInstant()), acknowledgementView(ack),
                    list.stream().map(this::receipt).toList())));
        }));
    }

    private EvictionStatusView.AcknowledgementView acknowledgementView(Delivery d) {
        if (d == null) {
            return null;
        }
        var message = Json.read(mapper, d.payload, se.bokvar.kronofogden.client.AcknowledgementMessage.class);
        var cw = message.responsibleCaseworker();
        return new EvictionStatusView.AcknowledgementView(d.sequence, d.status.name(),
                new EvictionStatusView.CaseworkerView(cw.name(), cw.phone(), cw.email(), cw.unit()), message.basis(), d.attempts,
                d.confirmedAt == null ? null : stockholm(d.confirmedAt.toInstant()));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static Uni<EvictionNotice> findNotice(Mutiny.Session session, String kfmCaseNumber, boolean lock) {
        var query = session.createSelectionQuery("from EvictionNotice where kfmCaseNumber = :k", EvictionNotice.class)
                .setParameter("k", kfmCaseNumber);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getSingleResultOrNull();
    }

    private void requireFuture(String field, Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw ProblemException.validation(field, "must be in the future");
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) {
            throw ProblemException.validation(field, "must be at most " + MAX_AHEAD.toDays() + " days ahead");
        }
    }

    private NoticeReceipt receipt(EvictionNotice n) {
        return new NoticeReceipt(n.id, n.kfmCaseNumber, stockholm(n.receivedAt.toInstant()), SameDay.dayOf(n.receivedAt.toInstant()),
                n.state.name(), statusUrl(n.kfmCaseNumber));
    }

    private UpdateReceipt receipt(EvictionUpdate u) {
        return new UpdateReceipt(u.kfmUpdateId, u.kfmCaseNumber, u.kind.name(),
                u.evictionAt == null ? null : stockholm(u.evictionAt.toInstant()), stockholm(u.receivedAt.toInstant()), u.stateAfter.name());
    }

    /** Now, at the database's precision (microseconds): a receipt given now equals the one read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    static URI statusUrl(String kfmCaseNumber) {
        return URI.create("/api/v1/evictions/" + kfmCaseNumber);
    }

    static OffsetDateTime stockholm(Instant instant) {
        return OffsetDateTime.ofInstant(instant, Stockholm.STOCKHOLM);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
