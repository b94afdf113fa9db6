package se.bokvar.kronofogden.events;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.platform.messaging.IncomingEvent;

/** The checks of case-service's events: incomplete data is malformed (dead-letter topic), never retried. */
class CaseEventsConsumerTest {

    static final CaseworkerV1 ANNA = new CaseworkerV1("anna", "Anna Handläggare", null, null, "Enhet Nord");

    static ResponsibleCaseworkerNamedV1 named(String kfmCaseNumber, int sequence, CaseworkerV1 caseworker) {
        return new ResponsibleCaseworkerNamedV1(UUID.randomUUID(), kfmCaseNumber, UUID.randomUUID(), null, null, caseworker,
                "DUTY", sequence, null, null, null);
    }

    @Test
    void aNamingNeedsTheCaseTheSequenceAndTheCaseworkersNameAndUnit() {
        assertThatCode(() -> CaseEventsConsumer.requireNamed(named("14-736105-26", 1, ANNA))).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseEventsConsumer.requireNamed(named(" ", 1, ANNA)))
                .isInstanceOf(IncomingEvent.MalformedEventException.class);
        assertThatThrownBy(() -> CaseEventsConsumer.requireNamed(named("14-736105-26", 0, ANNA)))
                .isInstanceOf(IncomingEvent.MalformedEventException.class);
        assertThatThrownBy(() -> CaseEventsConsumer.requireNamed(named("14-736105-26", 1,
                new CaseworkerV1("anna", "Anna Handläggare", null, null, null))))
                .isInstanceOf(IncomingEvent.MalformedEventException.class);
    }

    @Test
    void aPostponementRequestNeedsItsIdsGroundsAndTheCaseworker() {
        PostponementRequestedV1 complete = new PostponementRequestedV1(UUID.randomUUID(), UUID.randomUUID(), "14-736105-26",
                "ILLNESS", "motivation", ANNA, Instant.now());
        assertThatCode(() -> CaseEventsConsumer.requireRequest(complete)).doesNotThrowAnyException();
        PostponementRequestedV1 noGrounds = new PostponementRequestedV1(UUID.randomUUID(), UUID.randomUUID(), "14-736105-26",
                null, "motivation", ANNA, Instant.now());
        assertThatThrownBy(() -> CaseEventsConsumer.requireRequest(noGrounds))
                .isInstanceOf(IncomingEvent.MalformedEventException.class);
        PostponementRequestedV1 unknownGrounds = new PostponementRequestedV1(UUID.randomUUID(), UUID.randomUUID(),
                "14-736105-26", "BECAUSE", "motivation", ANNA, Instant.now());
        assertThatThrownBy(() -> CaseEventsConsumer.requireRequest(unknownGrounds))
                .isInstanceOf(IncomingEvent.MalformedEventException.class);
    }
}
