package se.bokvar.kronofogden.app.eviction;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.LandlordPartyV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.kronofogden.app.ContentHash;
import se.bokvar.kronofogden.app.ContentHash.Json;
import se.bokvar.kronofogden.app.IdempotentResult;
import se.bokvar.kronofogden.app.StockholmTime;
import se.bokvar.kronofogden.app.delivery.DeliveryConfig;
import se.bokvar.kronofogden.app.delivery.DeliveryPolicy;
import se.bokvar.kronofogden.store.EvictionNotice;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.EvictionState;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.deadline.SameDay;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.routing.PostalCode;

/**
 * Takes Kronofogden's eviction notice in. It is stored with its outbox event in one transaction, so a receipt is
 * given only for what is stored and will reach case-service. Idempotent on the KFM case number: the same notice
 * again answers with the original receipt; another notice with a known case number is a conflict (changes come as
 * updates). Nothing here calls Kronofogden: intake never waits for, or fails with, the outbound side.
 */
@ApplicationScoped
public class ReceiveEvictionNotice {

    private final Mutiny.SessionFactory sessionFactory;
    private final EvictionNoticeRepository notices;
    private final Outbox outbox;
    private final Clock clock;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;
    private final DeliveryConfig config;

    @Inject
    public ReceiveEvictionNotice(Mutiny.SessionFactory sessionFactory, EvictionNoticeRepository notices, Outbox outbox,
            Clock clock, TenancyKeys keys, ObjectMapper mapper, DeliveryConfig config) {
        this.sessionFactory = sessionFactory;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
        this.keys = keys;
        this.mapper = mapper;
        this.config = config;
    }

    public Uni<IdempotentResult<NoticeView>> receive(EvictionNoticeCommand command) {
        NormalizedNotice notice = NoticeNormalizer.normalize(command, clock);
        String hash = ContentHash.of(mapper, notice);
        return receive(notice, hash)
                // two identical deliveries at the same moment: the loser finds the winner's row
                .onFailure(UniqueViolation::isCause).recoverWithUni(() -> receive(notice, hash));
    }

    private Uni<IdempotentResult<NoticeView>> receive(NormalizedNotice notice, String hash) {
        return sessionFactory.withTransaction((session, tx) -> notices.find(session, notice.kfmCaseNumber())
                .flatMap(existing -> {
                    if (existing != null) {
                        if (!existing.contentHash.equals(hash)) {
                            throw new ProblemException(ProblemType.CONFLICT, "Kronofogden case " + notice.kfmCaseNumber()
                                    + " was received before with other content. Send changes to the case as updates: POST "
                                    + statusUrl(notice.kfmCaseNumber()) + "/updates");
                        }
                        return Uni.createFrom().item(new IdempotentResult<>(view(existing), false));
                    }
                    return store(session, notice, hash).map(stored -> new IdempotentResult<>(view(stored), true));
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    private Uni<EvictionNotice> store(Mutiny.Session session, NormalizedNotice notice, String hash) {
        Instant now = StockholmTime.nowInMicros(clock);
        EvictionDateCheck.requireFuture("evictionAt", notice.evictionAt(), now);
        PostalCode postalCode = PostalCode.parse(notice.address().postalCode());
        KeysV1 noticeKeys = new KeysV1(keys.buildingKey(postalCode, notice.address().street()),
                keys.tenancyKey(postalCode, notice.address().street(), notice.address().flatNumber()));
        UUID id = UUID.randomUUID();
        OffsetDateTime receivedAt = of(now);
        OffsetDateTime evictionAt = of(notice.evictionAt());

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
        entity.acknowledgementAlertAt = of(DeliveryPolicy.overdueAt(SameDay.dayOf(now), now, config.overdueAlertTime(),
                config.overdueGrace()));

        EvictionNoticeReceivedV1 event = new EvictionNoticeReceivedV1(id, notice.kfmCaseNumber(), now, evictionAt,
                notice.tenants().stream().map(t -> new PersonV1(t.personalIdentityNumber(), t.coordinationNumber(), t.name())).toList(),
                new AddressV1(notice.address().street(), notice.address().postalCode(), notice.address().city(), notice.address().flatNumber()),
                new LandlordPartyV1(notice.applicant().name(), notice.applicant().organisationNumber(), null),
                new ContactV1(notice.kfmContact().name(), notice.kfmContact().phone(), notice.kfmContact().email()),
                notice.childrenKnown(), noticeKeys);
        return notices.persist(session, entity)
                .flatMap(v -> outbox.append(session, EvictionEvents.NOTICE_RECEIVED, noticeKeys.buildingKey(),
                        notice.kfmCaseNumber(), event))
                .replaceWith(entity);
    }

    /** The notice as its receipt shows it. */
    static NoticeView view(EvictionNotice n) {
        return new NoticeView(n.id, n.kfmCaseNumber, of(n.receivedAt.toInstant()), SameDay.dayOf(n.receivedAt.toInstant()),
                n.state.name(), statusUrl(n.kfmCaseNumber));
    }

    /** Where Kronofogden reads the status of its notice. */
    static URI statusUrl(String kfmCaseNumber) {
        return URI.create("/api/v1/evictions/" + kfmCaseNumber);
    }
}
