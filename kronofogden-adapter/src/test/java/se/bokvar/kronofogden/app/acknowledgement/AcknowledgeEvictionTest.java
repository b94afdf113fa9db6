package se.bokvar.kronofogden.app.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.app.eviction.NormalizedNotice;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.letterchannel.LetterMessage;

/** Which deliveries a naming makes, and their ids: decided in the app without a database. */
class AcknowledgeEvictionTest {

    static ResponsibleCaseworkerNamedV1 named(List<PersonV1> tenants, AddressV1 address) {
        return new ResponsibleCaseworkerNamedV1(UUID.randomUUID(), "14-736105-26", UUID.randomUUID(), null, null,
                new CaseworkerV1("anna", "Anna Handläggare", null, null, "Enhet Nord"), "DUTY", 1, null, tenants, address);
    }

    @Test
    void theSameNamingAlwaysGivesTheSameDeliveryIds() {
        UUID ack = AcknowledgeEviction.deliveryId(DeliveryKind.ACKNOWLEDGEMENT, "14-736105-26", 1, 0);
        assertThat(AcknowledgeEviction.deliveryId(DeliveryKind.ACKNOWLEDGEMENT, "14-736105-26", 1, 0)).isEqualTo(ack);
        assertThat(AcknowledgeEviction.deliveryId(DeliveryKind.ACKNOWLEDGEMENT, "14-736105-26", 2, 0)).isNotEqualTo(ack);
        assertThat(AcknowledgeEviction.deliveryId(DeliveryKind.TENANT_LETTER, "14-736105-26", 1, 0)).isNotEqualTo(ack);
        assertThat(AcknowledgeEviction.deliveryId(DeliveryKind.TENANT_LETTER, "14-736105-26", 1, 1))
                .isNotEqualTo(AcknowledgeEviction.deliveryId(DeliveryKind.TENANT_LETTER, "14-736105-26", 1, 0));
    }

    @Test
    void lettersGoToTheTenantsOfKronofogdensOwnNoticeFirst() {
        NormalizedNotice stored = new NormalizedNotice("14-736105-26",
                List.of(new NormalizedNotice.Tenant("198503152384", false, "Maria Exempelsson"),
                        new NormalizedNotice.Tenant("198701012380", false, "Olle Exempelsson")),
                new NormalizedNotice.Address("Exempelgatan 12", "41502", "Göteborg", "1102"),
                new NormalizedNotice.Applicant("Hemma Bostäder AB", null), Instant.parse("2026-12-03T08:00:00Z"),
                new NormalizedNotice.Contact("Karl Kronofogde", null, null), ChildrenKnownV1.UNKNOWN);
        ResponsibleCaseworkerNamedV1 named = named(List.of(new PersonV1("199001012383", false, "Someone Else")),
                new AddressV1("Annan gata 1", "41101", "Göteborg", null));

        List<LetterMessage.Recipient> recipients = TenantLetterComposer.recipients(named, stored);

        assertThat(recipients).extracting(LetterMessage.Recipient::name).containsExactly("Maria Exempelsson", "Olle Exempelsson");
        assertThat(recipients.get(0).address()).isEqualTo(new LetterMessage.Address("Exempelgatan 12", "41502", "Göteborg", "1102"));
    }

    @Test
    void withoutTheNoticeTheLettersGoToTheTenantsCaseServiceSent() {
        ResponsibleCaseworkerNamedV1 named = named(List.of(new PersonV1("199001012383", false, "Kim Exempel")),
                new AddressV1("Annan gata 1", "41101", "Göteborg", null));
        assertThat(TenantLetterComposer.recipients(named, null)).containsExactly(new LetterMessage.Recipient("Kim Exempel",
                "199001012383", new LetterMessage.Address("Annan gata 1", "41101", "Göteborg", null)));
        assertThat(TenantLetterComposer.recipients(named(null, null), null)).isEmpty();
    }
}
