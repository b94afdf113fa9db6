package se.bokvar.intake.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.intake.store.AmendmentAction;
import se.bokvar.intake.store.Notice;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.notice.NoticeKind;

/**
 * The day a termination was served on the tenant (delgivning), learned after the notice: it starts the recovery
 * period (the later of this day and the receipt). Only a termination has one, and only once; to change it, the
 * landlord sends a correction.
 */
@ApplicationScoped
public class RecordServedDate {

    /** The command: the day of delgivning. */
    public record ServedDate(LocalDate servedOn) {
    }

    private final AmendmentWriter amendments;
    private final StoredJson json;
    private final Clock clock;

    @Inject
    public RecordServedDate(AmendmentWriter amendments, StoredJson json, Clock clock) {
        this.amendments = amendments;
        this.json = json;
        this.clock = clock;
    }

    public Uni<WriteAnswer> record(String landlordId, UUID noticeId, ServedDate served, String idempotencyKey) {
        return amendments.amend(landlordId, noticeId, idempotencyKey, "served-date", served,
                IntakeMetrics.Amendment.SERVED_DATE, (session, notice) -> apply(session, notice, served.servedOn()));
    }

    private Uni<WriteAnswer> apply(Mutiny.Session session, Notice notice, LocalDate servedOn) {
        requireUnknownServedDate(notice);
        Instant now = clock.instant();
        OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        UUID updateId = UUID.randomUUID();
        Optional<RecoveryPeriod> period = NoticeRecoveryPeriod.of(notice.kind, notice.tenure, servedOn,
                notice.countedFromReceivedAt);
        notice.servedOn = servedOn;
        notice.recoveryPeriodLastDay = period.map(RecoveryPeriod::lastDay).orElse(null);
        notice.payload = json.withServedOn(notice.payload, servedOn);
        ServedDateUpdatedV1 event = new ServedDateUpdatedV1(updateId, notice.id, notice.landlordId, now, servedOn,
                new KeysV1(notice.buildingKey, notice.tenancyKey));
        return amendments.record(session, notice, updateId, AmendmentAction.SERVED_DATE_UPDATE, receivedAt, period,
                amendment -> {
                    amendment.servedOn = servedOn;
                    amendment.recoveryPeriodLastDay = notice.recoveryPeriodLastDay;
                }, NoticeEvents.SERVED_DATE_UPDATED, event);
    }

    /** 409 unless the notice is a termination, not withdrawn, whose served date is not known yet. */
    static void requireUnknownServedDate(Notice notice) {
        AmendmentWriter.requireNotWithdrawn(notice, "updated");
        if (notice.kind != NoticeKind.TERMINATION_UNPAID_RENT) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a termination has a served date (delgivning);"
                    + " this notice is a " + notice.kind + ".");
        }
        if (notice.servedOn != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The served date of this notice is already known."
                    + " To change it, send a correction to " + Receipt.statusUrl(notice.id) + "/corrections.");
        }
    }
}
