package se.bokvar.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.TenureV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.KafkaTestClient;

/** Builds and publishes notice events as notice-intake-service does. */
final class Notices {

    private Notices() {
    }

    static TerminationNoticeReceivedV1 termination(String tenancy, String postalCode, LocalDate servedOn,
            Instant receivedAt, ChildrenKnownV1 children) {
        return new TerminationNoticeReceivedV1(UUID.randomUUID(), "hemma-bostader", "REF-1", receivedAt, TenureV1.RENTAL,
                List.of(new PersonV1("198503152384", false, "Maria Exempelsson")),
                new AddressV1("Exempelgatan 12", postalCode, "Göteborg", "1102"), 2, new BigDecimal("58"),
                "förstahandskontrakt", new BigDecimal("7850"), new BigDecimal("15700"), 2, servedOn, children,
                new ContactV1("Karin", "031-1234567", "karin@hemma.example"),
                new KeysV1("building-" + tenancy, "tenancy-" + tenancy));
    }

    /** Publishes the event; returns the CloudEvent id used. */
    static String publish(ObjectMapper mapper, TerminationNoticeReceivedV1 notice, String eventId) throws Exception {
        KafkaTestClient.publish(Topics.NOTICES.name(), notice.keys().buildingKey(), eventId,
                NoticeEvents.TERMINATION_RECEIVED.type(), notice.noticeId().toString(), mapper.writeValueAsString(notice));
        return eventId;
    }
}
