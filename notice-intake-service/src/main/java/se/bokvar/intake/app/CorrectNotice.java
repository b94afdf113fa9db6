package se.bokvar.intake.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.intake.store.AmendmentAction;
import se.bokvar.intake.store.Notice;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.notice.NoticeKind;

/**
 * A correction: the complete corrected notice, of the same kind and with the same reference, replaces the current
 * content; the original stays in the history. A corrected termination starts the recovery period again from the
 * correction's receipt (NJA 1985 s. 586); a served date already known stays unless the correction gives another.
 */
@ApplicationScoped
public class CorrectNotice {

    /**
     * The command.
     *
     * @param reason why the notice is corrected
     * @param notice the complete corrected notice
     */
    public record Correction(String reason, NoticeForm notice) {
    }

    /** The request's shape, for its fingerprint: the corrected notice in the field of its kind. */
    record AsRequested(String reason, NoticeForm.Termination termination, NoticeForm.Rectification rectification,
            NoticeForm.EarlyWarning earlyWarning) {

        static AsRequested of(Correction c) {
            return new AsRequested(c.reason(), c.notice() instanceof NoticeForm.Termination t ? t : null,
                    c.notice() instanceof NoticeForm.Rectification r ? r : null,
                    c.notice() instanceof NoticeForm.EarlyWarning e ? e : null);
        }
    }

    private final AmendmentWriter amendments;
    private final NoticeAcceptance acceptance;
    private final StoredJson json;
    private final Clock clock;

    @Inject
    public CorrectNotice(AmendmentWriter amendments, NoticeAcceptance acceptance, StoredJson json, Clock clock) {
        this.amendments = amendments;
        this.acceptance = acceptance;
        this.json = json;
        this.clock = clock;
    }

    /** The request's field that holds a corrected notice of {@code kind}. */
    public static String fieldOf(NoticeKind kind) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> "termination";
            case RECTIFICATION_REQUEST -> "rectification";
            case EARLY_WARNING -> "earlyWarning";
            case EVICTION -> throw new IllegalArgumentException("a landlord sends no " + kind);
        };
    }

    public Uni<WriteAnswer> correct(String landlordId, UUID noticeId, Correction correction, String idempotencyKey) {
        return amendments.amend(landlordId, noticeId, idempotencyKey, "corrections", AsRequested.of(correction),
                IntakeMetrics.Amendment.CORRECTION, (session, notice) -> apply(session, notice, correction));
    }

    private Uni<WriteAnswer> apply(Mutiny.Session session, Notice notice, Correction correction) {
        AmendmentWriter.requireNotWithdrawn(notice, "corrected");
        NoticeForm corrected = corrected(notice, correction.notice());
        Instant now = clock.instant();
        OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        UUID correctionId = UUID.randomUUID();
        NoticeAcceptance.Accepted accepted = acceptance.accept(corrected, notice.id, notice.landlordId, now);
        NoticeCorrectedV1 event = new NoticeCorrectedV1(correctionId, notice.id, notice.landlordId, now,
                correction.reason().strip(), notice.kind.name(),
                accepted.event() instanceof TerminationNoticeReceivedV1 t ? t : null,
                accepted.event() instanceof RectificationRequestReceivedV1 r ? r : null,
                accepted.event() instanceof EarlyWarningReceivedV1 e ? e : null,
                accepted.keys());
        // a corrected termination starts the recovery period again from the correction's receipt (NJA 1985 s. 586)
        Optional<RecoveryPeriod> period = NoticeRecoveryPeriod.of(notice.kind, accepted.tenure(), accepted.servedOn(), receivedAt);
        notice.payload = json.write(accepted.event());
        notice.tenure = accepted.tenure();
        notice.servedOn = accepted.servedOn();
        notice.countedFromReceivedAt = receivedAt;
        notice.recoveryPeriodLastDay = period.map(RecoveryPeriod::lastDay).orElse(null);
        notice.buildingKey = accepted.keys().buildingKey();
        notice.tenancyKey = accepted.keys().tenancyKey();
        return amendments.record(session, notice, correctionId, AmendmentAction.CORRECTION, receivedAt, period, amendment -> {
            amendment.reason = correction.reason().strip();
            amendment.servedOn = notice.servedOn;
            amendment.recoveryPeriodLastDay = notice.recoveryPeriodLastDay;
            amendment.payload = notice.payload;
        }, NoticeEvents.CORRECTED, event);
    }

    /**
     * The corrected notice as it will stand: of the notice's kind and with its reference (400 otherwise); a served
     * date learned earlier stays known unless the correction gives another one.
     */
    static NoticeForm corrected(Notice notice, NoticeForm form) {
        String field = fieldOf(notice.kind);
        if (form.noticeKind() != notice.kind) {
            throw ProblemException.validation(field, "the notice is a " + notice.kind
                    + ": give the complete corrected notice in this field");
        }
        if (!form.landlordReference().strip().equals(notice.landlordReference)) {
            throw ProblemException.validation(field + ".landlordReference", "must be the notice's landlordReference:"
                    + " the reference identifies the notice and cannot be corrected (withdraw it and send a new notice instead)");
        }
        if (form instanceof NoticeForm.Termination t && t.servedOn() == null && notice.servedOn != null) {
            return t.withServedOn(notice.servedOn);
        }
        return form;
    }
}
