package se.bokvar.intake.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import com.fasterxml.jackson.databind.util.RawValue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import se.bokvar.contracts.EventType;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.intake.store.KnownReference;
import se.bokvar.intake.store.NewNoticeRow;
import se.bokvar.intake.store.NewNotices;
import se.bokvar.intake.store.NoticeStatus;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.outbox.TraceContext;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Stores new notices, each with its receipt and its outbox event, in the caller's transaction (one notice of the
 * single endpoints, or every valid notice of a batch). A landlord's reference identifies its notice of a kind.
 */
@ApplicationScoped
public class NoticeWriter {

    /** What happened to one notice of a request. */
    public enum StoreOutcome {
        RECEIVED, ALREADY_RECEIVED, CONFLICT,
        /** Not stored: the sender exceeded the bound for the household ({@link HouseholdFlood}); retry later. */
        HOUSEHOLD_BOUND
    }

    /**
     * The result for one notice; the receipt for RECEIVED and ALREADY_RECEIVED, the seconds to wait for
     * HOUSEHOLD_BOUND.
     */
    public record Stored(StoreOutcome outcome, NoticeKind kind, String landlordReference, UUID noticeId, Receipt receipt,
            String receiptJson, long retryAfterSeconds) {

        Stored(StoreOutcome outcome, NoticeKind kind, String landlordReference, UUID noticeId, Receipt receipt,
                String receiptJson) {
            this(outcome, kind, landlordReference, noticeId, receipt, receiptJson, 0);
        }
    }

    private final NewNotices notices;
    private final NoticeAcceptance acceptance;
    private final StoredJson json;
    private final Outbox outbox;
    private final HouseholdFlood flood;

    @Inject
    public NoticeWriter(NewNotices notices, NoticeAcceptance acceptance, StoredJson json, Outbox outbox,
            HouseholdFlood flood) {
        this.flood = flood;
        this.notices = notices;
        this.acceptance = acceptance;
        this.json = json;
        this.outbox = outbox;
    }

    /** The problem for a reference already used with other content. */
    public static Problem conflict(Stored stored) {
        return Problem.of(ProblemType.CONFLICT, "A " + stored.kind() + " notice with this landlordReference was already"
                + " received, with other content (notice " + stored.noticeId() + "). To change it, send a correction to "
                + Receipt.statusUrl(stored.noticeId()) + "/corrections; for a new notice, use a new reference.");
    }

    /** The problem for a notice refused by the household bound (429, with Retry-After). */
    public static Problem householdBound(Stored stored) {
        return Problem.of(ProblemType.TOO_MANY_NOTICES_FOR_HOUSEHOLD,
                HouseholdFlood.detail(stored.landlordReference(), stored.retryAfterSeconds()));
    }

    /**
     * Stores the forms in the session's transaction. A form whose landlord, kind and reference were received before
     * (or earlier in the same list) is ALREADY_RECEIVED if its content is the same, CONFLICT if not.
     */
    Uni<List<Stored>> store(SqlConnection connection, String landlordId, List<NoticeForm> forms, Instant receivedAt) {
        List<String> references = forms.stream().map(f -> f.landlordReference().strip()).distinct().toList();
        List<Outbox.Pending> events = new ArrayList<>();
        List<NoticeKind> kinds = forms.stream().map(NoticeForm::noticeKind).distinct().toList();
        // three statements whatever the number of notices: the look-up, the notices, their outbox rows
        return notices.knownReferences(connection, landlordId, kinds, references).flatMap(rows -> {
            Map<String, KnownReference> existing = new HashMap<>();
            for (KnownReference row : rows) {
                existing.put(row.kind() + "\n" + row.landlordReference(), row);
            }
            List<Stored> results = new ArrayList<>();
            List<NewNoticeRow> stored = new ArrayList<>();
            for (NoticeForm form : forms) {
                NoticeKind kind = form.noticeKind();
                String reference = form.landlordReference().strip();
                String hash = json.fingerprint(kind.name(), form);
                KnownReference known = existing.get(kind + "\n" + reference);
                if (known != null) {
                    results.add(known.requestHash() != null && hash.equals(known.requestHash()) && known.receipt() != null
                            ? new Stored(StoreOutcome.ALREADY_RECEIVED, kind, reference, known.noticeId(),
                                    json.readReceipt(known.receipt()), known.receipt())
                            : new Stored(StoreOutcome.CONFLICT, kind, reference, known.noticeId(), null, null));
                    continue;
                }
                UUID id = UUID.randomUUID();
                NoticeAcceptance.Accepted accepted = acceptance.accept(form, id, landlordId, receivedAt);
                OptionalLong wait = flood.admit(landlordId, accepted.keys().tenancyKey());
                if (wait.isPresent()) {
                    results.add(new Stored(StoreOutcome.HOUSEHOLD_BOUND, kind, reference, null, null, null,
                            wait.getAsLong()));
                    continue;
                }
                OffsetDateTime at = OffsetDateTime.ofInstant(receivedAt, Stockholm.STOCKHOLM);
                Optional<RecoveryPeriod> period = NoticeRecoveryPeriod.of(kind, accepted.tenure(), accepted.servedOn(), at);
                Receipt receipt = new Receipt(id, kind.name(), at, period.map(Receipt.RecoveryPeriodView::of).orElse(null),
                        NoticeStatus.RECEIVED.name(), Receipt.statusUrl(id));
                String receiptJson = json.write(receipt);
                existing.put(kind + "\n" + reference, new KnownReference(kind, reference, id, hash, receiptJson));
                results.add(new Stored(StoreOutcome.RECEIVED, kind, reference, id, receipt, receiptJson));
                String payload = json.write(accepted.event());
                stored.add(new NewNoticeRow(id, landlordId, kind, accepted.landlordReference(), at, accepted.tenure(),
                        accepted.servedOn(), period.map(RecoveryPeriod::lastDay).orElse(null), NoticeStatus.RECEIVED,
                        accepted.keys().buildingKey(), accepted.keys().tenancyKey(), accepted.keys().buildingKey(), hash,
                        receiptJson, payload));
                // the stored payload is the event's data: written once, embedded as it is
                events.add(new Outbox.Pending(receivedType(kind), accepted.keys().buildingKey(), id.toString(),
                        new RawValue(payload), TraceContext.currentTraceparent()));
            }
            return notices.insertAll(connection, stored).call(() -> outbox.appendAll(connection, events))
                    .replaceWith(results);
        });
    }

    static EventType<?> receivedType(NoticeKind kind) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> NoticeEvents.TERMINATION_RECEIVED;
            case RECTIFICATION_REQUEST -> NoticeEvents.RECTIFICATION_RECEIVED;
            case EARLY_WARNING -> NoticeEvents.EARLY_WARNING_RECEIVED;
            case EVICTION -> throw new IllegalArgumentException("a landlord sends no " + kind);
        };
    }
}
