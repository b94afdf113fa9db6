package se.bokvar.intake.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.TenureV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.intake.DeliveryStatus;
import se.bokvar.intake.Notice;
import se.bokvar.intake.NoticeKind;
import se.bokvar.intake.rest.NoticeStatusView;
import se.bokvar.intake.rest.Receipt;
import se.bokvar.intake.rest.TerminationNoticeRequest;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * Receives landlords' notices: stores each with its outbox event in one transaction, so a receipt is given
 * only for a notice that is stored and will reach case management.
 */
@ApplicationScoped
public class NoticeIntake {

    private final Mutiny.SessionFactory sessionFactory;
    private final Outbox outbox;
    private final Clock clock;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;

    @Inject
    public NoticeIntake(Mutiny.SessionFactory sessionFactory, Outbox outbox, Clock clock, TenancyKeys keys, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.outbox = outbox;
        this.clock = clock;
        this.keys = keys;
        this.mapper = mapper;
    }

    public Uni<Receipt> receiveTermination(String landlordId, TerminationNoticeRequest request) {
        Instant receivedAt = clock.instant();
        UUID id = UUID.randomUUID();
        PostalCode postalCode = PostalCode.parse(request.address().postalCode());
        KeysV1 noticeKeys = new KeysV1(keys.buildingKey(postalCode, request.address().street()),
                keys.tenancyKey(postalCode, request.address().street(), request.address().flatNumber()));
        TenureKind tenure = TenureKind.valueOf(request.tenure().name());
        LocalDate receivedOn = Stockholm.dateOf(receivedAt);
        Optional<RecoveryPeriod> period = Optional.ofNullable(request.servedOn())
                .map(served -> RecoveryPeriod.compute(tenure, Optional.of(served), receivedOn));

        TerminationNoticeReceivedV1 event = new TerminationNoticeReceivedV1(id, landlordId, request.landlordReference(),
                receivedAt, TenureV1.valueOf(request.tenure().name()), tenants(request.tenants()),
                new AddressV1(request.address().street().strip(), postalCode.value(), request.address().city().strip(),
                        blankToNull(request.address().flatNumber())),
                request.rooms(), request.areaSquareMetres(), request.leaseType(), request.monthlyRent(),
                request.debtAmount(), request.monthsInArrears(), request.servedOn(),
                ChildrenKnownV1.valueOf(request.childrenKnown().name()),
                new ContactV1(request.contactPerson().name(), request.contactPerson().phone(), request.contactPerson().email()),
                noticeKeys);

        Notice notice = new Notice();
        notice.id = id;
        notice.landlordId = landlordId;
        notice.kind = NoticeKind.TERMINATION_UNPAID_RENT;
        notice.landlordReference = request.landlordReference();
        notice.receivedAt = OffsetDateTime.ofInstant(receivedAt, Stockholm.STOCKHOLM);
        notice.servedOn = request.servedOn();
        notice.recoveryPeriodLastDay = period.map(RecoveryPeriod::lastDay).orElse(null);
        notice.status = DeliveryStatus.RECEIVED;
        notice.buildingKey = noticeKeys.buildingKey();
        notice.tenancyKey = noticeKeys.tenancyKey();
        notice.payload = json(event);

        return sessionFactory.withTransaction((session, tx) -> session.persist(notice)
                        .flatMap(v -> outbox.append(session, NoticeEvents.TERMINATION_RECEIVED,
                                noticeKeys.buildingKey(), id.toString(), event)))
                .invoke(outbox::nudge)
                .map(eventId -> new Receipt(id, notice.kind.name(), notice.receivedAt,
                        period.map(p -> new Receipt.RecoveryPeriodView(p.start(), p.lastDay(), p.legalBasis())).orElse(null),
                        notice.status.name(), statusUrl(id)));
    }

    public Uni<NoticeStatusView> status(String landlordId, UUID id) {
        return sessionFactory.withSession(session -> session.find(Notice.class, id))
                .map(notice -> {
                    if (notice == null || !notice.landlordId.equals(landlordId)) {
                        throw ProblemException.notFound("Notice " + id);
                    }
                    return new NoticeStatusView(notice.id, notice.kind.name(), notice.landlordReference,
                            notice.receivedAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime(),
                            notice.servedOn, notice.recoveryPeriodLastDay, notice.status.name());
                });
    }

    private List<PersonV1> tenants(List<TerminationNoticeRequest.Tenant> tenants) {
        return tenants.stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new PersonV1(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
    }

    private String json(Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise notice", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static URI statusUrl(UUID id) {
        return URI.create("/api/v1/notices/" + id);
    }
}
