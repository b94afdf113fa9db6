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
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.intake.store.AmendmentAction;
import se.bokvar.intake.store.Notice;
import se.bokvar.intake.store.NoticeStatus;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.calendar.Stockholm;

/** The landlord withdraws a notice (debt paid, termination withdrawn, sent in error); once only. */
@ApplicationScoped
public class WithdrawNotice {

    /** Why the notice is withdrawn. */
    public enum Reason {
        DEBT_PAID, TERMINATION_WITHDRAWN, SENT_IN_ERROR, OTHER
    }

    /** The command; OTHER needs a comment. */
    public record Withdrawal(Reason reason, String comment) {
    }

    private final AmendmentWriter amendments;
    private final Clock clock;

    @Inject
    public WithdrawNotice(AmendmentWriter amendments, Clock clock) {
        this.amendments = amendments;
        this.clock = clock;
    }

    public Uni<WriteAnswer> withdraw(String landlordId, UUID noticeId, Withdrawal withdrawal, String idempotencyKey) {
        requireComment(withdrawal);
        return amendments.amend(landlordId, noticeId, idempotencyKey, "withdrawal", withdrawal,
                IntakeMetrics.Amendment.WITHDRAWAL, (session, notice) -> apply(session, notice, withdrawal));
    }

    /** A withdrawal for another reason says why. */
    static void requireComment(Withdrawal withdrawal) {
        if (withdrawal.reason() == Reason.OTHER && (withdrawal.comment() == null || withdrawal.comment().isBlank())) {
            throw ProblemException.validation("comment", "is required when the reason is OTHER");
        }
    }

    private Uni<WriteAnswer> apply(Mutiny.Session session, Notice notice, Withdrawal withdrawal) {
        AmendmentWriter.requireNotWithdrawn(notice, "withdrawn again");
        Instant now = clock.instant();
        OffsetDateTime receivedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        UUID withdrawalId = UUID.randomUUID();
        notice.status = NoticeStatus.WITHDRAWN;
        notice.withdrawnAt = receivedAt;
        String comment = NoticeAcceptance.blankToNull(withdrawal.comment());
        NoticeWithdrawnV1 event = new NoticeWithdrawnV1(withdrawalId, notice.id, notice.landlordId, now,
                withdrawal.reason().name(), comment, new KeysV1(notice.buildingKey, notice.tenancyKey));
        return amendments.record(session, notice, withdrawalId, AmendmentAction.WITHDRAWAL, receivedAt, Optional.empty(),
                amendment -> {
                    amendment.reason = withdrawal.reason().name();
                    amendment.comment = comment;
                }, NoticeEvents.WITHDRAWN, event);
    }
}
