package se.bokvar.cases.app.notice;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.platform.messaging.IncomingEvent.MalformedEventException;

/** What a change to a notice must hold before it is applied; anything less is dead-lettered (plain JUnit). */
class NoticeChangeChecksTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aServedDateUpdateNeedsItsIdsAndReceipt() {
        assertThatCode(() -> UpdateServedDate.check(new ServedDateUpdatedV1(ID, ID, "l-1", AT, DAY, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UpdateServedDate.check(new ServedDateUpdatedV1(null, ID, "l-1", AT, DAY, null)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> UpdateServedDate.check(new ServedDateUpdatedV1(ID, null, "l-1", AT, DAY, null)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> UpdateServedDate.check(new ServedDateUpdatedV1(ID, ID, "l-1", null, DAY, null)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aWithdrawalNeedsItsIdsAndReceipt() {
        assertThatCode(() -> WithdrawNotice.check(new NoticeWithdrawnV1(ID, ID, "l-1", AT, "PAID", null, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> WithdrawNotice.check(new NoticeWithdrawnV1(null, ID, "l-1", AT, "PAID", null, null)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> WithdrawNotice.check(new NoticeWithdrawnV1(ID, null, "l-1", AT, "PAID", null, null)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> WithdrawNotice.check(new NoticeWithdrawnV1(ID, ID, "l-1", null, "PAID", null, null)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aCorrectionNeedsItsIdsReceiptAndTheCorrectedNotice() {
        EarlyWarningReceivedV1 warning = new EarlyWarningReceivedV1(ID, "l-1", "ref", AT, null, null, null, null, null,
                null, null, null, null);
        assertThatCode(() -> CorrectNotice.check(correction(ID, ID, AT, warning))).doesNotThrowAnyException();
        assertThatThrownBy(() -> CorrectNotice.check(correction(null, ID, AT, warning))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> CorrectNotice.check(correction(ID, null, AT, warning))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> CorrectNotice.check(correction(ID, ID, null, warning))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> CorrectNotice.check(correction(ID, ID, AT, null)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("without the corrected notice");
    }

    static NoticeCorrectedV1 correction(UUID correctionId, UUID noticeId, Instant at, EarlyWarningReceivedV1 warning) {
        return new NoticeCorrectedV1(correctionId, noticeId, "l-1", at, "typo", "EARLY_WARNING", null, null, warning, null);
    }
}
