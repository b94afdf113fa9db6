package se.bokvar.cases.app.notice;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.platform.messaging.IncomingEvent.MalformedEventException;

/**
 * kronofogden-adapter's results are stored as typed values: a status or outcome the case-service does not know is
 * dead-lettered instead of being written (plain JUnit).
 */
class DeliveryResultChecksTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    static AcknowledgementDeliveredV1 acknowledgement(UUID caseId, String kfm, String status) {
        return new AcknowledgementDeliveredV1(caseId, kfm, 1, status, AT, 1, "anna");
    }

    static PostponementAnsweredV1 answer(UUID requestId, UUID caseId, String outcome) {
        return new PostponementAnsweredV1(requestId, caseId, "KFM-1", outcome, null, null, AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONFIRMED", "OVERDUE"})
    void anAcknowledgementWithAKnownStatusIsApplied(String status) {
        assertThatCode(() -> RecordAcknowledgement.check(acknowledgement(ID, "KFM-1", status))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "confirmed", "LOST", "SENT"})
    void anAcknowledgementWithAnUnknownStatusIsDeadLettered(String status) {
        assertThatThrownBy(() -> RecordAcknowledgement.check(acknowledgement(ID, "KFM-1", status)))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anAcknowledgementNamesItsCaseAndEviction(boolean withoutCase) {
        AcknowledgementDeliveredV1 ack = withoutCase ? acknowledgement(null, "KFM-1", "CONFIRMED")
                : acknowledgement(ID, null, "CONFIRMED");
        assertThatThrownBy(() -> RecordAcknowledgement.check(ack)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> RecordAcknowledgement.check(acknowledgement(ID, "KFM-1", null)))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SENT", "GRANTED", "REFUSED"})
    void aPostponementAnswerWithAKnownOutcomeIsApplied(String outcome) {
        assertThatCode(() -> RecordPostponementAnswer.check(answer(ID, ID, outcome))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "granted", "PENDING", "MAYBE"})
    void aPostponementAnswerWithAnUnknownOutcomeIsDeadLettered(String outcome) {
        assertThatThrownBy(() -> RecordPostponementAnswer.check(answer(ID, ID, outcome)))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPostponementAnswerNamesItsRequestAndCase(boolean withoutRequest) {
        PostponementAnsweredV1 answer = withoutRequest ? answer(null, ID, "SENT") : answer(ID, null, "SENT");
        assertThatThrownBy(() -> RecordPostponementAnswer.check(answer)).isInstanceOf(MalformedEventException.class);
    }
}
