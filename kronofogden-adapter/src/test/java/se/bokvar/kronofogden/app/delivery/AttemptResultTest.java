package se.bokvar.kronofogden.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import se.bokvar.kronofogden.store.AttemptOutcome;

/** How an attempt's answer is classified: 2xx confirms, another status refuses, no answer is unreachable. */
class AttemptResultTest {

    @Test
    void anErrorStatusIsARefusal() {
        AttemptResult result = AttemptResult.failed(new WebApplicationException(503));
        assertThat(result.outcome()).isEqualTo(AttemptOutcome.REFUSED);
        assertThat(result.httpStatus()).isEqualTo(503);
        assertThat(result.detail()).isEqualTo("HTTP 503");
    }

    @Test
    void noAnswerIsUnreachableAndNamesOnlyTheCause() {
        AttemptResult refused = AttemptResult.failed(new RuntimeException("wrapped", new ConnectException("secret host")));
        assertThat(refused.outcome()).isEqualTo(AttemptOutcome.UNREACHABLE);
        assertThat(refused.httpStatus()).isNull();
        assertThat(refused.detail()).isEqualTo("connection refused");

        AttemptResult timeout = AttemptResult.failed(new TimeoutException("19850315-2384"));
        assertThat(timeout.outcome()).isEqualTo(AttemptOutcome.UNREACHABLE);
        assertThat(timeout.detail()).isEqualTo("TimeoutException");
    }

    @Test
    void aConfirmationKeepsTheReceiversReference() {
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        AttemptResult result = AttemptResult.confirmed(201, "KFM-1", at);
        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONFIRMED);
        assertThat(result.reference()).isEqualTo("KFM-1");
        assertThat(result.confirmedAt()).isEqualTo(at);
    }
}
