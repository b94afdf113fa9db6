package se.bokvar.intake.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.FlushMode;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.NoticeRegisteredV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.intake.DeliveryStatus;
import se.bokvar.intake.Notice;
import se.bokvar.intake.NoticeAmendment;
import se.bokvar.intake.NoticeKind;
import se.bokvar.intake.rest.AmendmentReceipt;
import se.bokvar.intake.rest.CorrectionRequest;
import se.bokvar.intake.rest.NoticeList;
import se.bokvar.intake.rest.NoticeStatusView;
import se.bokvar.intake.rest.Receipt;
import se.bokvar.intake.rest.ServedDateRequest;
import se.bokvar.intake.rest.TerminationNoticeRequest;
import se.bokvar.intake.rest.WithdrawalRequest;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.deadline.TenureKind;

/**
 * Receives landlords' notices and their amendments. Every accepted write stores its state, its history and its
 * outbox event in one transaction, so a receipt is given only for what is stored and will reach case management.
 */
@ApplicationScoped
public class NoticeIntake {

    /** What happened to one notice of a request. */
    public enum StoreOutcome {
        RECEIVED, ALREADY_RECEIVED, CONFLICT
    }

    /** A validated notice to store. */
    public record Candidate(NoticeKind kind, Object request) {
    }

    /** The result for one candidate. */
    public record Stored(StoreOutcome outcome, NoticeKind kind, String landlordReference, UUID noticeId, Receipt receipt,
            String receiptJson) {
    }

    private final Mutiny.SessionFactory sessionFactory;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final NoticeContent content;
    private final Idempotency idempotency;
    private final IntakeMetrics metrics;

    @Inject
    public NoticeIntake(Mutiny.SessionFactory sessionFactory, Outbox outbox, Clock clock, ObjectMapper mapper,
            NoticeContent content, Idempotency idempotency, IntakeMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
        this.content = content;
        this.idempotency = idempotency;
        this.metrics = metrics;
    }

    // ---------------------------------------------------------------------------------------------- new notices

    /** One notice from a single endpoint: 201 with the receipt, 200 with the original one for a duplicate, or 409. */
    public Uni<Outcome> receive(String landlordId, NoticeKind kind, Object request, String idempotencyKey) {
        String fingerprint = Fingerprint.of(mapper, "POST /api/v1/notices/" + kind.path(), request);
        return idempotency.run(landlordId, idempotencyKey, fingerprint,
                session -> store(session, landlordId, List.of(new Candidate(kind, request)), clock.instant())
                        .map(results -> single(results.get(0))))
                .invoke(outcome -> nudgeIfNew(outcome, () -> metrics.received(kind, IntakeMetrics.Channel.SINGLE)));
    }

    private Outcome single(Stored stored) {
        return switch (stored.outcome()) {
            case RECEIVED -> new Outcome(201, stored.receiptJson(), statusUrl(stored.noticeId()), false);
            case ALREADY_RECEIVED -> new Outcome(200, stored.receiptJson(), statusUrl(stored.noticeId()), true);
            case CONFLICT -> throw new ProblemException(conflict(stored));
        };
    }

    /** The problem for a reference already used with other content. */
    public static Problem conflict(Stored stored) {
        return Problem.of(ProblemType.CONFLICT, "A " + stored.kind() + " notice with this landlordReference was already"
                + " received, with other content (notice " + stored.noticeId() + "). To change it, send a correction to "
                + statusUrl(stored.noticeId()) + "/corrections; for a new notice, use a new reference.");
    }

    /**
     * Stores the candidates in the session's transaction. A candidate whose landlord, kind and reference were
     * received before (or earlier in the same list) is ALREADY_RECEIVED if its content is the same, CONFLICT if not.
     */
    public Uni<List<Stored>> store(Mutiny.Session session, String landlordId, List<Candidate> candidates, Instant receivedAt) {
        List<String> references = candidates.stream().map(c -> NoticeContent.landlordReference(c.request()).strip()).distinct().toList();
        // the notices are written at commit, in one flush: auto-flushing before each outbox insert would dirty-check
        // every notice of a batch again and again
        session.setFlushMode(FlushMode.COMMIT);
        return session.createNativeQuery("select kind, landlord_reference, id, request_hash, receipt from notice"
                + " where landlord_id = ?1 and reference_unique and landlord_reference = any(?2)", Object[].class)
                .setParameter(1, landlordId)
                .setParameter(2, references.toArray(String[]::new))
                .getResultList()
                .flatMap(rows -> {
                    Map<String, Object[]> existing = new HashMap<>();
                    for (Object[] row : rows) {
                        existing.put(row[0] + "\n" + row[1], row);
                    }
                    List<Stored> results = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Candidate c : candidates) {
                        String reference = NoticeContent.landlordReference(c.request()).strip();
                        String hash = Fingerprint.of(mapper, c.kind().name(), c.request());
                        Object[] known = existing.get(c.kind().name() + "\n" + reference);
                        if (known != null) {
                            UUID id = (UUID) known[2];
                            if (hash.equals(known[3]) && known[4] != null) {
                                results.add(new Stored(StoreOutcome.ALREADY_RECEIVED, c.kind(), reference, id,
                                        readReceipt((String) known[4]), (String) known[4]));
                            } else {
                                results.add(new Stored(StoreOutcome.CONFLICT, c.kind(), reference, id, null, null));
                            }
                            continue;
                        }
                        UUID id = UUID.randomUUID();
                        NoticeContent.Accepted accepted = content.accept(c.kind(), c.request(), id, landlordId, receivedAt);
                        Notice notice = newNotice(id, landlordId, accepted, receivedAt, hash);
                        Receipt receipt = new Receipt(id, c.kind().name(), notice.receivedAt,
                                period(accepted.kind(), accepted.tenure(), accepted.servedOn(), notice.countedFromReceivedAt)
                                        .map(NoticeIntake::view).orElse(null),
                                notice.status.name(), statusUrl(id));
                        notice.receipt = json(receipt);
                        existing.put(c.kind().name() + "\n" + reference, new Object[] { c.kind().name(), reference, id, hash, notice.receipt });
                        results.add(new Stored(StoreOutcome.RECEIVED, c.kind(), reference, id, receipt, notice.receipt));
                        chain = chain.call(() -> session.persist(notice))
                                .call(() -> append(session, receivedType(c.kind()), accepted.event(), notice.partitionKey, id));
                    }
                    return chain.replaceWith(results);
                });
    }

    private Notice newNotice(UUID id, String landlordId, NoticeContent.Accepted accepted, Instant receivedAt, String hash) {
        Notice notice = new Notice();
        notice.id = id;
        notice.landlordId = landlordId;
        notice.kind = accepted.kind();
        notice.landlordReference = accepted.landlordReference();
        notice.receivedAt = OffsetDateTime.ofInstant(receivedAt, Stockholm.STOCKHOLM);
        notice.countedFromReceivedAt = notice.receivedAt;
        notice.tenure = accepted.tenure();
        notice.servedOn = accepted.servedOn();
        notice.recoveryPeriodLastDay = period(accepted.kind(), accepted.tenure(), accepted.servedOn(), notice.receivedAt)
                .map(RecoveryPeriod::lastDay).orElse(null);
        notice.status = DeliveryStatus.RECEIVED;
        notice.buildingKey = accepted.keys().buildingKey();
        notice.tenancyKey = accepted.keys().tenancyKey();
        notice.partitionKey = accepted.keys().buildingKey();
        notice.requestHash = hash;
        notice.payload = json(accepted.event());
        return notice;
    }

    @SuppressWarnings("unchecked")
    private Uni<UUID> append(Mutiny.Session session, EventType<?> type, Object event, String partitionKey, UUID subject) {
        return outbox.append(session, (EventType<Object>) type, partitionKey, subject.toString(), event);
    }

    static EventType<?> receivedType(NoticeKind kind) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> NoticeEvents.TERMINATION_RECEIVED;
            case RECTIFICATION_REQUEST -> NoticeEvents.RECTIFICATION_RECEIVED;
            case EARLY_WARNING -> NoticeEvents.EARLY_WARNING_RECEIVED;
        };
    }

    // ---------------------------------------------------------------------------------------------- amendments

    /** A correction: the complete corrected notice of the same kind. History is kept. */
    public Uni<Outcome> correct(String landlordId, UUID noticeId, CorrectionRequest request, String idempotencyKey) {
        int given = (request.termination() != null ? 1 : 0) + (request.rectification() != null ? 1 : 0)
                + (request.earlyWarning() != null ? 1 : 0);
        if (given != 1) {
            throw new ProblemException(ProblemType.VALIDATION, given == 0
                    ? "Give the complete corrected notice in the field of its kind."
                    : "Give exactly one corrected notice, in the field of the notice's kind.",
                    List.of(new Problem.FieldError("termination", "exactly one of termination, rectification, earlyWarning"),
                            new Problem.FieldError("rectification", "exactly one of termination, rectification, earlyWarning"),
                            new Problem.FieldError("earlyWarning", "exactly one of termination, rectification, earlyWarning")));
        }
        String fingerprint = Fingerprint.of(mapper, "POST /api/v1/notices/" + noticeId + "/corrections", request);
        return idempotency.run(landlordId, idempotencyKey, fingerprint, session -> ownForUpdate(session, landlordId, noticeId)
                .flatMap(notice -> applyCorrection(session, notice, request)))
                .invoke(outcome -> nudgeIfNew(outcome, () -> metrics.amended(IntakeMetrics.Amendment.CORRECTION)));
    }

    private Uni<Outcome> applyCorrection(Mutiny.Session session, Notice notice, CorrectionRequest request) {
        requireNotWithdrawn(notice, "corrected");
        String field = switch (notice.kind) {
            case TERMINATION_UNPAID_RENT -> "termination";
            case RECTIFICATION_REQUEST -> "rectification";
            case EARLY_WARNING -> "earlyWarning";
        };
        Object corrected = switch (notice.kind) {
            case TERMINATION_UNPAID_RENT -> request.termination();
            case RECTIFICATION_REQUEST -> request.rectification();
            case EARLY_WARNING -> request.earlyWarning();
        };
        if (corrected == null) {
            throw ProblemException.validation(field, "the notice is a " + notice.kind
                    + ": give the complete corrected notice in this field");
        }
        if (!NoticeContent.landlordReference(corrected).strip().equals(notice.landlordReference)) {
            throw ProblemException.validation(field + ".landlordReference", "must be the notice's landlordReference:"
                    + " the reference identifies the notice and cannot be corrected (withdraw it and send a new notice instead)");
        }
        if (corrected instanceof TerminationNoticeRequest t && t.servedOn() == null && notice.servedOn != null) {
            // a served date learned earlier stays known unless the correction gives another one
            corrected = new TerminationNoticeRequest(t.tenure(), t.landlordReference(), t.tenants(), t.address(), t.rooms(),
                    t.areaSquareMetres(), t.leaseType(), t.monthlyRent(), t.debtAmount(), t.monthsInArrears(),
                    notice.servedOn, t.childrenKnown(), t.contactPerson());
        }
        Instant now = clock.instant();
        OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        UUID correctionId = UUID.randomUUID();
        NoticeContent.Accepted accepted = content.accept(notice.kind, corrected, notice.id, notice.landlordId, now);
        NoticeCorrectedV1 event = new NoticeCorrectedV1(correctionId, notice.id, notice.landlordId, now,
                request.reason().strip(), notice.kind.name(),
                accepted.event() instanceof TerminationNoticeReceivedV1 t ? t : null,
                accepted.event() instanceof RectificationRequestReceivedV1 r ? r : null,
                accepted.event() instanceof EarlyWarningReceivedV1 e ? e : null,
                accepted.keys());
        // a corrected termination starts the recovery period again from the correction's receipt (NJA 1985 s. 586)
        Optional<RecoveryPeriod> period = period(notice.kind, accepted.tenure(), accepted.servedOn(), receivedAt);
        notice.payload = json(accepted.event());
        notice.tenure = accepted.tenure();
        notice.servedOn = accepted.servedOn();
        notice.countedFromReceivedAt = receivedAt;
        notice.recoveryPeriodLastDay = period.map(RecoveryPeriod::lastDay).orElse(null);
        notice.buildingKey = accepted.keys().buildingKey();
        notice.tenancyKey = accepted.keys().tenancyKey();

        AmendmentReceipt receipt = new AmendmentReceipt(correctionId, notice.id, NoticeAmendment.CORRECTION, receivedAt,
                period.map(NoticeIntake::view).orElse(null), notice.status.name(), statusUrl(notice.id));
        NoticeAmendment amendment = amendment(correctionId, notice, NoticeAmendment.CORRECTION, receivedAt, receipt);
        amendment.reason = request.reason().strip();
        amendment.servedOn = notice.servedOn;
        amendment.recoveryPeriodLastDay = notice.recoveryPeriodLastDay;
        amendment.payload = notice.payload;
        return session.persist(amendment)
                .call(() -> outbox.append(session, NoticeEvents.CORRECTED, notice.partitionKey, notice.id.toString(), event))
                .replaceWith(new Outcome(201, amendment.receipt, statusUrl(notice.id), false));
    }

    /** The day the termination was served on the tenant, learned after the notice: sets the recovery period's start. */
    public Uni<Outcome> updateServedDate(String landlordId, UUID noticeId, ServedDateRequest request, String idempotencyKey) {
        String fingerprint = Fingerprint.of(mapper, "POST /api/v1/notices/" + noticeId + "/served-date", request);
        return idempotency.run(landlordId, idempotencyKey, fingerprint, session -> ownForUpdate(session, landlordId, noticeId)
                .flatMap(notice -> {
                    requireNotWithdrawn(notice, "updated");
                    if (notice.kind != NoticeKind.TERMINATION_UNPAID_RENT) {
                        throw new ProblemException(ProblemType.CONFLICT, "Only a termination has a served date (delgivning);"
                                + " this notice is a " + notice.kind + ".");
                    }
                    if (notice.servedOn != null) {
                        throw new ProblemException(ProblemType.CONFLICT, "The served date of this notice is already known."
                                + " To change it, send a correction to " + statusUrl(notice.id) + "/corrections.");
                    }
                    Instant now = clock.instant();
                    OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
                    UUID updateId = UUID.randomUUID();
                    Optional<RecoveryPeriod> period = period(notice.kind, notice.tenure, request.servedOn(),
                            notice.countedFromReceivedAt);
                    notice.servedOn = request.servedOn();
                    notice.recoveryPeriodLastDay = period.map(RecoveryPeriod::lastDay).orElse(null);
                    notice.payload = withServedOn(notice.payload, request.servedOn());
                    AmendmentReceipt receipt = new AmendmentReceipt(updateId, notice.id, NoticeAmendment.SERVED_DATE_UPDATE,
                            receivedAt, period.map(NoticeIntake::view).orElse(null), notice.status.name(), statusUrl(notice.id));
                    NoticeAmendment amendment = amendment(updateId, notice, NoticeAmendment.SERVED_DATE_UPDATE, receivedAt, receipt);
                    amendment.servedOn = request.servedOn();
                    amendment.recoveryPeriodLastDay = notice.recoveryPeriodLastDay;
                    ServedDateUpdatedV1 event = new ServedDateUpdatedV1(updateId, notice.id, notice.landlordId, now,
                            request.servedOn(), new KeysV1(notice.buildingKey, notice.tenancyKey));
                    return session.persist(amendment)
                            .call(() -> outbox.append(session, NoticeEvents.SERVED_DATE_UPDATED, notice.partitionKey,
                                    notice.id.toString(), event))
                            .replaceWith(new Outcome(201, amendment.receipt, statusUrl(notice.id), false));
                }))
                .invoke(outcome -> nudgeIfNew(outcome, () -> metrics.amended(IntakeMetrics.Amendment.SERVED_DATE)));
    }

    /** The landlord withdraws a notice (debt paid, termination withdrawn, sent in error). */
    public Uni<Outcome> withdraw(String landlordId, UUID noticeId, WithdrawalRequest request, String idempotencyKey) {
        if (request.reason() == WithdrawalRequest.Reason.OTHER && (request.comment() == null || request.comment().isBlank())) {
            throw ProblemException.validation("comment", "is required when the reason is OTHER");
        }
        String fingerprint = Fingerprint.of(mapper, "POST /api/v1/notices/" + noticeId + "/withdrawal", request);
        return idempotency.run(landlordId, idempotencyKey, fingerprint, session -> ownForUpdate(session, landlordId, noticeId)
                .flatMap(notice -> {
                    requireNotWithdrawn(notice, "withdrawn again");
                    Instant now = clock.instant();
                    OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
                    UUID withdrawalId = UUID.randomUUID();
                    notice.status = DeliveryStatus.WITHDRAWN;
                    notice.withdrawnAt = receivedAt;
                    String comment = NoticeContent.blankToNull(request.comment());
                    AmendmentReceipt receipt = new AmendmentReceipt(withdrawalId, notice.id, NoticeAmendment.WITHDRAWAL,
                            receivedAt, null, notice.status.name(), statusUrl(notice.id));
                    NoticeAmendment amendment = amendment(withdrawalId, notice, NoticeAmendment.WITHDRAWAL, receivedAt, receipt);
                    amendment.reason = request.reason().name();
                    amendment.comment = comment;
                    NoticeWithdrawnV1 event = new NoticeWithdrawnV1(withdrawalId, notice.id, notice.landlordId, now,
                            request.reason().name(), comment, new KeysV1(notice.buildingKey, notice.tenancyKey));
                    return session.persist(amendment)
                            .call(() -> outbox.append(session, NoticeEvents.WITHDRAWN, notice.partitionKey,
                                    notice.id.toString(), event))
                            .replaceWith(new Outcome(201, amendment.receipt, statusUrl(notice.id), false));
                }))
                .invoke(outcome -> nudgeIfNew(outcome, () -> metrics.amended(IntakeMetrics.Amendment.WITHDRAWAL)));
    }

    private NoticeAmendment amendment(UUID id, Notice notice, String action, OffsetDateTime receivedAt, AmendmentReceipt receipt) {
        NoticeAmendment a = new NoticeAmendment();
        a.id = id;
        a.noticeId = notice.id;
        a.action = action;
        a.receivedAt = receivedAt;
        a.receipt = json(receipt);
        return a;
    }

    private static void requireNotWithdrawn(Notice notice, String what) {
        if (notice.status == DeliveryStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, "The notice was withdrawn; it cannot be " + what + ".");
        }
    }

    private Uni<Notice> ownForUpdate(Mutiny.Session session, String landlordId, UUID noticeId) {
        return session.find(Notice.class, noticeId, LockMode.PESSIMISTIC_WRITE).map(notice -> {
            if (notice == null || !notice.landlordId.equals(landlordId)) {
                throw ProblemException.notFound("Notice " + noticeId);
            }
            return notice;
        });
    }

    // ---------------------------------------------------------------------------------------- delivery status

    /** Case management registered a notice: its sender sees "handed to case management" (unless withdrawn). */
    public Uni<Void> markHanded(Mutiny.Session session, NoticeRegisteredV1 registered) {
        Instant at = registered.registeredAt() != null ? registered.registeredAt() : clock.instant();
        return session.createNativeQuery("update notice set handed_to_case_management_at ="
                + " coalesce(handed_to_case_management_at, ?2), status = case when status = 'RECEIVED'"
                + " then 'HANDED_TO_CASE_MANAGEMENT' else status end, version = version + 1 where id = ?1")
                .setParameter(1, registered.noticeId())
                .setParameter(2, OffsetDateTime.ofInstant(at, Stockholm.STOCKHOLM))
                .executeUpdate()
                .replaceWithVoid();
    }

    // ---------------------------------------------------------------------------------------------- reading

    public Uni<NoticeStatusView> status(String landlordId, UUID id) {
        return sessionFactory.withSession(session -> session.find(Notice.class, id).flatMap(notice -> {
            if (notice == null || !notice.landlordId.equals(landlordId)) {
                throw ProblemException.notFound("Notice " + id);
            }
            return session.createSelectionQuery("from NoticeAmendment a where a.noticeId = :id order by a.receivedAt, a.id",
                    NoticeAmendment.class).setParameter("id", id).getResultList()
                    .map(amendments -> view(notice, history(notice, amendments)));
        }));
    }

    public Uni<NoticeList> list(String landlordId, String landlordReference, NoticeKind kind, int limit, int offset) {
        StringBuilder hql = new StringBuilder("from Notice n where n.landlordId = :landlord");
        if (landlordReference != null) {
            hql.append(" and n.landlordReference = :reference");
        }
        if (kind != null) {
            hql.append(" and n.kind = :kind");
        }
        hql.append(" order by n.receivedAt desc, n.id");
        return sessionFactory.withSession(session -> {
            Mutiny.SelectionQuery<Notice> query = session.createSelectionQuery(hql.toString(), Notice.class)
                    .setParameter("landlord", landlordId);
            if (landlordReference != null) {
                query.setParameter("reference", landlordReference);
            }
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        }).map(notices -> new NoticeList(notices.stream().map(n -> view(n, null)).toList(), limit, offset));
    }

    private NoticeStatusView view(Notice n, List<NoticeStatusView.HistoryEntry> history) {
        Optional<RecoveryPeriod> period = period(n.kind, n.tenure, n.servedOn, n.countedFromReceivedAt);
        return new NoticeStatusView(n.id, n.kind.name(), n.landlordReference, stockholm(n.receivedAt), n.servedOn,
                n.recoveryPeriodLastDay, period.map(NoticeIntake::view).orElse(null), n.status.name(),
                stockholm(n.handedToCaseManagementAt), stockholm(n.withdrawnAt), history);
    }

    private List<NoticeStatusView.HistoryEntry> history(Notice n, List<NoticeAmendment> amendments) {
        List<NoticeStatusView.HistoryEntry> history = new ArrayList<>();
        LocalDate originalLastDay = null;
        LocalDate originalServedOn = null;
        if (n.receipt != null) {
            JsonNode receipt = readTree(n.receipt);
            originalLastDay = date(receipt.at("/recoveryPeriod/lastDay"));
        }
        boolean servedDateChanged = amendments.stream().anyMatch(a -> NoticeAmendment.CORRECTION.equals(a.action)
                || NoticeAmendment.SERVED_DATE_UPDATE.equals(a.action));
        if (!servedDateChanged) {
            originalServedOn = n.servedOn;
        }
        history.add(new NoticeStatusView.HistoryEntry(n.id, "RECEIVED", stockholm(n.receivedAt), null, null,
                originalServedOn, originalLastDay));
        for (NoticeAmendment a : amendments) {
            history.add(new NoticeStatusView.HistoryEntry(a.id, a.action, stockholm(a.receivedAt), a.reason, a.comment,
                    a.servedOn, a.recoveryPeriodLastDay));
        }
        return history;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The recovery period of a termination whose served date is known, counted from the given receipt. */
    static Optional<RecoveryPeriod> period(NoticeKind kind, String tenure, LocalDate servedOn, OffsetDateTime countedFrom) {
        if (kind != NoticeKind.TERMINATION_UNPAID_RENT || servedOn == null) {
            return Optional.empty();
        }
        return Optional.of(RecoveryPeriod.compute(TenureKind.valueOf(tenure), Optional.of(servedOn),
                Stockholm.dateOf(countedFrom.toInstant())));
    }

    static Receipt.RecoveryPeriodView view(RecoveryPeriod p) {
        return new Receipt.RecoveryPeriodView(p.start(), p.lastDay(), p.legalBasis());
    }

    private void nudgeIfNew(Outcome outcome, Runnable count) {
        if (!outcome.replayed() && outcome.status() == 201) {
            outbox.nudge();
            count.run();
        }
    }

    /** Tells the relay that a batch committed rows. */
    public void nudge() {
        outbox.nudge();
    }

    private String withServedOn(String payload, LocalDate servedOn) {
        JsonNode node = readTree(payload);
        if (node instanceof ObjectNode object) {
            object.put("servedOn", servedOn.toString());
        }
        return json(node);
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static OffsetDateTime stockholm(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime();
    }

    Receipt readReceipt(String json) {
        try {
            return mapper.readValue(json, Receipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored receipt is unreadable", e);
        }
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static URI statusUrl(UUID id) {
        return URI.create("/api/v1/notices/" + id);
    }
}
