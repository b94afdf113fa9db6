package se.bokvar.kronofogden.app.acknowledgement;

import static se.bokvar.kronofogden.app.StockholmTime.of;
import static se.bokvar.kronofogden.app.Text.blankToNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.app.ContentHash.Json;
import se.bokvar.kronofogden.app.delivery.DeliveryConfig;
import se.bokvar.kronofogden.app.delivery.DeliveryPolicy;
import se.bokvar.kronofogden.app.eviction.NormalizedNotice;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.kronofogden.store.DeliveryStatus;
import se.bokvar.kronofogden.store.EvictionNotice;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.kronofogden.AcknowledgementMessage;
import se.bokvar.kronofogden.store.letterchannel.LetterMessage;
import se.bokvar.rules.deadline.SameDay;

/**
 * Turns case-service's naming of the responsible caseworker into deliveries: the acknowledgement to Kronofogden
 * and a copy to each tenant through the letter channel. A later naming (reassignment) replaces deliveries of earlier
 * namings that are not confirmed yet; an earlier naming that arrives after a later one is recorded as superseded.
 */
@ApplicationScoped
public class AcknowledgeEviction {

    private final DeliveryRepository deliveries;
    private final EvictionNoticeRepository notices;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final DeliveryConfig config;
    private final TenantLetterComposer letters;

    @Inject
    public AcknowledgeEviction(DeliveryRepository deliveries, EvictionNoticeRepository notices, Clock clock,
            ObjectMapper mapper, DeliveryConfig config, TenantLetterComposer letters) {
        this.deliveries = deliveries;
        this.notices = notices;
        this.clock = clock;
        this.mapper = mapper;
        this.config = config;
        this.letters = letters;
    }

    /**
     * Records the deliveries for one naming, in the consumer's transaction.
     *
     * @param namedAt when the adapter learned of the naming: what the due day and the alert time are counted from
     */
    public Uni<Void> record(Mutiny.Session session, ResponsibleCaseworkerNamedV1 named, Instant namedAt) {
        UUID ackId = deliveryId(DeliveryKind.ACKNOWLEDGEMENT, named.kfmCaseNumber(), named.sequence(), 0);
        return deliveries.find(session, ackId).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return notices.find(session, named.kfmCaseNumber())
                    .flatMap(notice -> deliveries.laterNamingExists(session, named.kfmCaseNumber(), named.sequence())
                            .flatMap(later -> {
                                Uni<Integer> superseded = later ? Uni.createFrom().item(0)
                                        : deliveries.supersedeEarlier(session, named.kfmCaseNumber(), named.sequence());
                                return superseded.flatMap(n -> deliveries.persistAll(session,
                                        deliveries(named, notice, namedAt, later).toArray()));
                            }));
        });
    }

    List<Delivery> deliveries(ResponsibleCaseworkerNamedV1 named, EvictionNotice notice, Instant namedAt, boolean superseded) {
        Instant now = clock.instant();
        NormalizedNotice stored = notice == null ? null : Json.read(mapper, notice.notice, NormalizedNotice.class);
        Instant noticeReceivedAt = named.noticeReceivedAt() != null ? named.noticeReceivedAt()
                : notice != null ? notice.receivedAt.toInstant() : namedAt;
        LocalDate dueOn = named.dueOn() != null ? named.dueOn() : SameDay.dayOf(noticeReceivedAt);
        String partitionKey = notice != null ? notice.buildingKey : named.caseId().toString();
        CaseworkerV1 cw = named.caseworker();
        AcknowledgementMessage.CaseworkerMessage caseworker = new AcknowledgementMessage.CaseworkerMessage(cw.name(),
                blankToNull(cw.phone()), blankToNull(cw.email()), cw.unit());
        DeliveryStatus status = superseded ? DeliveryStatus.SUPERSEDED : DeliveryStatus.PENDING;
        List<Delivery> out = new ArrayList<>();

        UUID ackId = deliveryId(DeliveryKind.ACKNOWLEDGEMENT, named.kfmCaseNumber(), named.sequence(), 0);
        AcknowledgementMessage message = new AcknowledgementMessage(ackId, named.kfmCaseNumber(), named.sequence(),
                AcknowledgementMessage.Kind.of(named.sequence()), of(noticeReceivedAt),
                caseworker, named.basis(), named.caseId().toString(), of(namedAt));
        Delivery ack = delivery(ackId, DeliveryKind.ACKNOWLEDGEMENT, named, partitionKey, Json.write(mapper, message), status, now);
        ack.dueOn = DeliveryPolicy.dueDay(named.sequence(), dueOn, namedAt);
        ack.overdueAt = of(DeliveryPolicy.overdueAt(ack.dueOn, namedAt, config.overdueAlertTime(), config.overdueGrace()));
        ack.caseworkerUserId = cw.userId();
        out.add(ack);

        List<LetterMessage.Recipient> recipients = TenantLetterComposer.recipients(named, stored);
        OffsetDateTime evictionAt = notice != null ? notice.evictionAt : named.evictionAt();
        for (int i = 0; i < recipients.size(); i++) {
            UUID letterId = deliveryId(DeliveryKind.TENANT_LETTER, named.kfmCaseNumber(), named.sequence(), i);
            LetterMessage.Recipient recipient = recipients.get(i);
            String html = letters.render(named, stored, recipient, evictionAt, namedAt, now);
            LetterMessage letter = new LetterMessage(letterId, recipient, TenantLetterTemplate.subject(named.sequence() > 1),
                    LetterMessage.HTML, html);
            out.add(delivery(letterId, DeliveryKind.TENANT_LETTER, named, partitionKey, Json.write(mapper, letter), status, now));
        }
        return out;
    }

    private static Delivery delivery(UUID id, DeliveryKind kind, ResponsibleCaseworkerNamedV1 named, String partitionKey,
            String payload, DeliveryStatus status, Instant now) {
        Delivery d = new Delivery();
        d.id = id;
        d.kind = kind;
        d.caseId = named.caseId();
        d.kfmCaseNumber = named.kfmCaseNumber();
        d.sequence = named.sequence();
        d.partitionKey = partitionKey;
        d.payload = payload;
        d.status = status;
        d.attempts = 0;
        d.nextAttemptAt = of(now);
        d.createdAt = of(now);
        return d;
    }

    /**
     * A delivery's id, derived from what it is (kind, KFM case, naming sequence, recipient): the same naming always
     * gives the same ids, so Kronofogden and the letter provider see the same Idempotency-Key whatever happens.
     */
    static UUID deliveryId(DeliveryKind kind, String kfmCaseNumber, int sequence, int index) {
        return UUID.nameUUIDFromBytes((kind + "|" + kfmCaseNumber + "|" + sequence + "|" + index).getBytes(StandardCharsets.UTF_8));
    }
}
