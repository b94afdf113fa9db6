package se.bokvar.intake.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.deadline.RecoveryPeriod;
import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.notice.NoticeKind;

/** Which notices have a recovery period (återvinningsfrist), and from which receipt it is counted. */
final class NoticeRecoveryPeriod {

    private NoticeRecoveryPeriod() {
    }

    /** The recovery period of a termination whose served date is known, counted from the given receipt. */
    static Optional<RecoveryPeriod> of(NoticeKind kind, TenureKind tenure, LocalDate servedOn, OffsetDateTime countedFrom) {
        if (kind != NoticeKind.TERMINATION_UNPAID_RENT || servedOn == null) {
            return Optional.empty();
        }
        return Optional.of(RecoveryPeriod.compute(tenure, Optional.of(servedOn), Stockholm.dateOf(countedFrom.toInstant())));
    }
}
