package se.bokvar.kronofogden.service;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.Delivery;
import se.bokvar.kronofogden.DeliveryKind;
import se.bokvar.kronofogden.DeliveryStatus;
import se.bokvar.kronofogden.EvictionNotice;
import se.bokvar.kronofogden.client.AcknowledgementMessage;
import se.bokvar.kronofogden.client.LetterMessage;
import se.bokvar.kronofogden.letter.LetterView;
import se.bokvar.kronofogden.letter.TenantLetters;
import se.bokvar.kronofogden.service.ContentHash.Json;
import se.bokvar.rules.deadline.SameDay;
import se.bokvar.rules.routing.PostalCode;

/**
 * Turns case-service's naming of the responsible caseworker into deliveries: the acknowledgement to Kronofogden
 * and a copy to each tenant through the letter channel. A later naming (reassignment) replaces deliveries of earlier
 * namings that are not confirmed yet; an earlier naming that arrives after a later one is recorded as superseded.
 */
@ApplicationScoped
public class Acknowledgements {

    private final Clock clock;
    private final ObjectMapper mapper;
    private final DeliveryConfig config;
    private final TenantLetters letters;
    private final String senderName;

    @Inject
    public Acknowledgements(Clock clock, ObjectMapper mapper, DeliveryConfig config, TenantLetters letters,
            @ConfigProperty(name = "bokvar.letter.sender") String senderName) {
        this.clock = clock;
        this.mapper = mapper;
        this.config = config;
        this.letters = letters;
        this.senderName = senderName;
    }

    /**
     * Records the deliveries for one naming, in the consumer's transaction.
     *
     * @param namedAt when case-service named the caseworker (the event's time)
     */
    public Uni<Void> onNamed(Mutiny.Session session, ResponsibleCaseworkerNamedV1 named, Instant namedAt) {
        UUID ackId = deliveryId(DeliveryKind.ACKNOWLEDGEMENT, named.kfmCaseNumber(), named.sequence(), 0);
        return session.find(Delivery.class, ackId).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return EvictionIntake.findNotice(session, named.kfmCaseNumber(), false)
                    .flatMap(notice -> laterNamingExists(session, named).flatMap(later -> {
                        Uni<Integer> superseded = later ? Uni.createFrom().item(0) : supersedeEarlier(session, named);
                        return superseded.flatMap(n -> persistAll(session, deliveries(named, notice, namedAt, later)));
                    }));
        });
    }

    private Uni<Void> persistAll(Mutiny.Session session, List<Delivery> deliveries) {
        return session.persistAll(deliveries.toArray());
    }

    private static Uni<Boolean> laterNamingExists(Mutiny.Session session, ResponsibleCaseworkerNamedV1 named) {
        return session.createSelectionQuery("select count(d) from Delivery d where d.kind = :kind and d.kfmCaseNumber = :k"
                        + " and d.sequence > :s", Long.class)
                .setParameter("kind", DeliveryKind.ACKNOWLEDGEMENT).setParameter("k", named.kfmCaseNumber())
                .setParameter("s", named.sequence())
                .getSingleResult().map(n -> n > 0);
    }

    private static Uni<Integer> supersedeEarlier(Mutiny.Session session, ResponsibleCaseworkerNamedV1 named) {
        return session.createMutationQuery("update Delivery set status = :superseded where kind in (:kinds)"
                        + " and kfmCaseNumber = :k and sequence < :s and status = :pending")
                .setParameter("superseded", DeliveryStatus.SUPERSEDED)
                .setParameter("kinds", List.of(DeliveryKind.ACKNOWLEDGEMENT, DeliveryKind.TENANT_LETTER))
                .setParameter("k", named.kfmCaseNumber()).setParameter("s", named.sequence())
                .setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate();
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
                named.sequence() > 1 ? "UPDATED_ACKNOWLEDGEMENT" : "ACKNOWLEDGEMENT", EvictionIntake.stockholm(noticeReceivedAt),
                caseworker, named.basis(), named.caseId().toString(), EvictionIntake.stockholm(namedAt));
        Delivery ack = delivery(ackId, DeliveryKind.ACKNOWLEDGEMENT, named, partitionKey, Json.write(mapper, message), status, now);
        ack.dueOn = DeliveryPolicy.dueDay(named.sequence(), dueOn, namedAt);
        ack.overdueAt = EvictionIntake.stockholm(
                DeliveryPolicy.overdueAt(ack.dueOn, namedAt, config.overdueAlertTime(), config.overdueGrace()));
        ack.caseworkerUserId = cw.userId();
        out.add(ack);

        List<LetterMessage.Recipient> recipients = recipients(named, stored);
        OffsetDateTime evictionAt = notice != null ? notice.evictionAt : named.evictionAt();
        for (int i = 0; i < recipients.size(); i++) {
            UUID letterId = deliveryId(DeliveryKind.TENANT_LETTER, named.kfmCaseNumber(), named.sequence(), i);
            LetterMessage.Recipient recipient = recipients.get(i);
            String html = letters.render(letterView(named, stored, recipient, evictionAt, namedAt, now));
            LetterMessage letter = new LetterMessage(letterId, recipient, TenantLetters.subject(named.sequence() > 1),
                    LetterMessage.HTML, html);
            out.add(delivery(letterId, DeliveryKind.TENANT_LETTER, named, partitionKey, Json.write(mapper, letter), status, now));
        }
        return out;
    }

    private LetterView letterView(ResponsibleCaseworkerNamedV1 named, NormalizedNotice stored, LetterMessage.Recipient recipient,
            OffsetDateTime evictionAt, Instant namedAt, Instant now) {
        CaseworkerV1 cw = named.caseworker();
        LetterMessage.Address a = recipient.address();
        String postalCode = PostalCode.parse(a.postalCode()).formatted();
        String street = a.flatNumber() == null ? a.street() : a.street() + ", lgh " + a.flatNumber();
        boolean updated = named.sequence() > 1;
        LetterView.KfmContact kfm = stored == null ? null
                : new LetterView.KfmContact(stored.kfmContact().name(), stored.kfmContact().phone(), stored.kfmContact().email());
        return new LetterView(TenantLetters.subject(updated), updated, senderName, cw.unit(), TenantLetters.date(now),
                named.caseId().toString(), named.kfmCaseNumber(),
                new LetterView.Recipient(recipient.name(), street, postalCode, a.city()),
                street + ", " + postalCode + " " + a.city(),
                evictionAt == null ? "ett datum som Kronofogden meddelar" : TenantLetters.day(evictionAt),
                evictionAt == null ? "–" : TenantLetters.time(evictionAt),
                TenantLetters.date(namedAt),
                new LetterView.Caseworker(cw.name(), cw.unit(), blankToNull(cw.phone()), blankToNull(cw.email())), kfm);
    }

    /** The tenants as Kronofogden named them (the adapter's own notice), else as case-service sent them. */
    private static List<LetterMessage.Recipient> recipients(ResponsibleCaseworkerNamedV1 named, NormalizedNotice stored) {
        if (stored != null) {
            NormalizedNotice.Address a = stored.address();
            LetterMessage.Address address = new LetterMessage.Address(a.street(), a.postalCode(), a.city(), a.flatNumber());
            return stored.tenants().stream()
                    .map(t -> new LetterMessage.Recipient(t.name(), t.personalIdentityNumber(), address)).toList();
        }
        if (named.tenants() == null || named.address() == null) {
            return List.of();
        }
        LetterMessage.Address address = new LetterMessage.Address(named.address().street(), named.address().postalCode(),
                named.address().city(), named.address().flatNumber());
        return named.tenants().stream()
                .map(t -> new LetterMessage.Recipient(t.name(), t.personalIdentityNumber(), address)).toList();
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
        d.nextAttemptAt = EvictionIntake.stockholm(now);
        d.createdAt = EvictionIntake.stockholm(now);
        return d;
    }

    /**
     * A delivery's id, derived from what it is (kind, KFM case, naming sequence, recipient): the same naming always
     * gives the same ids, so Kronofogden and the letter provider see the same Idempotency-Key whatever happens.
     */
    static UUID deliveryId(DeliveryKind kind, String kfmCaseNumber, int sequence, int index) {
        return UUID.nameUUIDFromBytes((kind + "|" + kfmCaseNumber + "|" + sequence + "|" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
