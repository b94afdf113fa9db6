package se.bokvar.intake.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.intake.store.Notice;
import se.bokvar.intake.store.NoticeStatus;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.notice.NoticeKind;

/** The rules the amendment handlers decide themselves, without a database. */
class AmendmentRulesTest {

    static NoticeForm.Termination termination(String reference, LocalDate servedOn) {
        return new NoticeForm.Termination(TenureKind.RENTAL, reference,
                List.of(new NoticeForm.Tenant("19850315-2384", "Maria Exempelsson")),
                new NoticeForm.Address("Exempelgatan 12", "415 02", "Göteborg", "1102"), 2, new BigDecimal("58"),
                "förstahandskontrakt", new BigDecimal("7850"), new BigDecimal("15700"), 2, servedOn, ChildrenKnown.UNKNOWN,
                new NoticeForm.Contact("Karin Förvaltare", "031-123 45 67", "karin@hemma.example"));
    }

    static NoticeForm.EarlyWarning earlyWarning(String reference) {
        return new NoticeForm.EarlyWarning(TenureKind.RENTAL, reference,
                List.of(new NoticeForm.Tenant("19850315-2384", "Maria Exempelsson")),
                new NoticeForm.Address("Exempelgatan 12", "415 02", "Göteborg", "1102"),
                List.of(WarningReason.LATE_PAYMENTS), "Sent betald hyra", null, ChildrenKnown.YES,
                new NoticeForm.Contact("Karin Förvaltare", null, null));
    }

    static Notice notice(NoticeKind kind, String reference, LocalDate servedOn, NoticeStatus status) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = kind;
        notice.landlordReference = reference;
        notice.servedOn = servedOn;
        notice.status = status;
        notice.tenure = TenureKind.RENTAL;
        notice.countedFromReceivedAt = OffsetDateTime.parse("2026-11-22T10:15:30+01:00");
        return notice;
    }

    @Test
    void aCorrectionIsOfTheNoticesKindInTheFieldOfThatKind() {
        Notice termination = notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", null, NoticeStatus.RECEIVED);
        ProblemException wrongKind = catchThrowableOfType(ProblemException.class,
                () -> CorrectNotice.corrected(termination, earlyWarning("HB-1")));
        assertThat(wrongKind.problem().status()).isEqualTo(400);
        assertThat(wrongKind.problem().errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("termination");
            assertThat(e.message()).contains("TERMINATION_UNPAID_RENT");
        });
        assertThat(CorrectNotice.fieldOf(NoticeKind.RECTIFICATION_REQUEST)).isEqualTo("rectification");
        assertThat(CorrectNotice.fieldOf(NoticeKind.EARLY_WARNING)).isEqualTo("earlyWarning");
    }

    @Test
    void aCorrectionKeepsTheReference() {
        Notice termination = notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", null, NoticeStatus.RECEIVED);
        ProblemException other = catchThrowableOfType(ProblemException.class,
                () -> CorrectNotice.corrected(termination, termination("HB-2", null)));
        assertThat(other.problem().errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("termination.landlordReference"));
        // surrounding spaces are not another reference
        assertThat(CorrectNotice.corrected(termination, termination(" HB-1 ", null)).landlordReference()).isEqualTo(" HB-1 ");
    }

    @Test
    void aServedDateLearnedEarlierStaysUnlessTheCorrectionGivesAnother() {
        LocalDate served = LocalDate.parse("2026-11-20");
        Notice termination = notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", served, NoticeStatus.RECEIVED);
        assertThat(((NoticeForm.Termination) CorrectNotice.corrected(termination, termination("HB-1", null))).servedOn())
                .isEqualTo(served);
        LocalDate other = LocalDate.parse("2026-11-18");
        assertThat(((NoticeForm.Termination) CorrectNotice.corrected(termination, termination("HB-1", other))).servedOn())
                .isEqualTo(other);
    }

    @Test
    void aServedDateIsRecordedOnceAndOnlyForATerminationNotWithdrawn() {
        LocalDate served = LocalDate.parse("2026-11-20");
        assertThatNoException().isThrownBy(() -> RecordServedDate.requireUnknownServedDate(
                notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", null, NoticeStatus.HANDED_TO_CASE_MANAGEMENT)));
        for (Notice refused : List.of(notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", served, NoticeStatus.RECEIVED),
                notice(NoticeKind.EARLY_WARNING, "HB-1", null, NoticeStatus.RECEIVED),
                notice(NoticeKind.TERMINATION_UNPAID_RENT, "HB-1", null, NoticeStatus.WITHDRAWN))) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> RecordServedDate.requireUnknownServedDate(refused));
            assertThat(e.problem().status()).as(refused.kind + " " + refused.status).isEqualTo(409);
        }
    }

    @Test
    void aWithdrawalForAnotherReasonSaysWhy() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> WithdrawNotice.requireComment(new WithdrawNotice.Withdrawal(WithdrawNotice.Reason.OTHER, " ")));
        assertThat(e.problem().errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("comment"));
        assertThatNoException().isThrownBy(() -> WithdrawNotice.requireComment(
                new WithdrawNotice.Withdrawal(WithdrawNotice.Reason.OTHER, "Flyttat")));
        assertThatNoException().isThrownBy(() -> WithdrawNotice.requireComment(
                new WithdrawNotice.Withdrawal(WithdrawNotice.Reason.DEBT_PAID, null)));
    }

    @Test
    void aWithdrawnNoticeIsNotAmended() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> AmendmentWriter.requireNotWithdrawn(
                notice(NoticeKind.EARLY_WARNING, "HB-1", null, NoticeStatus.WITHDRAWN), "corrected"));
        assertThat(e.problem().status()).isEqualTo(409);
    }

    @Test
    void onlyATerminationWithAKnownServedDateHasARecoveryPeriod() {
        OffsetDateTime receipt = OffsetDateTime.parse("2026-11-22T10:15:30+01:00");
        LocalDate served = LocalDate.parse("2026-11-20");
        assertThat(NoticeRecoveryPeriod.of(NoticeKind.EARLY_WARNING, TenureKind.RENTAL, served, receipt)).isEmpty();
        assertThat(NoticeRecoveryPeriod.of(NoticeKind.TERMINATION_UNPAID_RENT, TenureKind.RENTAL, null, receipt)).isEmpty();
        // counted from the later of the served date and the receipt
        assertThat(NoticeRecoveryPeriod.of(NoticeKind.TERMINATION_UNPAID_RENT, TenureKind.RENTAL, served, receipt))
                .hasValueSatisfying(p -> assertThat(p.start()).isEqualTo(LocalDate.parse("2026-11-22")));
    }
}
