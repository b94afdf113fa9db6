package se.bokvar.kronofogden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.bokvar.kronofogden.Fixtures.ANNA;
import static se.bokvar.kronofogden.Fixtures.notice;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.CaseworkerV1;

/**
 * The copy to the tenant: a Swedish printable HTML letter with the eviction date, the responsible caseworker and how
 * to get help, sent through the letter channel (a real socket) until accepted, announced with the letter itself so
 * case-service keeps it with the case.
 */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class TenantLetterTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @InjectFakeKronofogden
    FakeKronofogden channel;

    @AfterEach
    void reset() {
        channel.accept();
        clock.reset();
    }

    static JsonNode read(String json) {
        try {
            return ContractSchemas.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachTenantGetsASwedishLetterWithTheDateTheCaseworkerAndHowToGetHelp() throws Exception {
        clock.setTo(LocalDateTime.of(2026, 3, 10, 10, 15));
        String kfm = Fixtures.kfmCaseNumber();
        Map<String, Object> notice = notice(kfm, OffsetDateTime.parse("2026-03-17T09:00:00+01:00"));
        // two tenants; one name arrives with markup, which must come out as text
        notice.put("tenants", List.of(Map.of("personalIdentityNumber", "19850315-2384", "name", "Maria Exempelsson"),
                Map.of("personalIdentityNumber", "19800101-0019", "name", "Per <b>Exempel</b> & Son")));
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) notice.get("address");
        address.put("street", "Exempelgatan 12");
        address.put("flatNumber", "1102");
        Map<String, Object> receipt = Fixtures.received(notice);
        UUID caseId = UUID.randomUUID();
        channel.refuseLettersNext(1);
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1,
                OffsetDateTime.parse("2026-03-17T09:00:00+01:00")));

        List<FakeKronofogden.Received> letters = await().atMost(WAIT).until(() -> channel.confirmed("/letters", caseId.toString()),
                list -> list.size() == 2);
        assertThat(letters).allSatisfy(l -> assertThat(l.violations()).isEmpty());
        JsonNode maria = letters.stream().map(l -> read(l.body()))
                .filter(l -> l.get("recipient").get("personalIdentityNumber").asText().equals("198503152384")).findFirst().orElseThrow();
        assertThat(maria.get("recipient").get("name").asText()).isEqualTo("Maria Exempelsson");
        assertThat(maria.get("recipient").get("address").get("flatNumber").asText()).isEqualTo("1102");
        assertThat(maria.get("subject").asText()).isEqualTo("Kopia: socialtjänstens bekräftelse till Kronofogden om avhysning");
        assertThat(maria.get("contentType").asText()).isEqualTo("text/html; charset=utf-8");
        String html = maria.get("content").asText();
        assertThat(html)
                .startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">")
                .contains("Maria Exempelsson")
                .contains("Exempelgatan 12, lgh 1102").contains("415 02 Göteborg")
                // the eviction date and time, in Swedish
                .contains("tisdag 17 mars 2026 klockan 09.00")
                // the responsible caseworker and how to reach them
                .contains("Anna Handläggare").contains("Nordost, vuxenenheten")
                .contains("Telefon: 031-365 10 01").contains("E-post: anna.handlaggare@socialtjanst.example")
                // what social services did, and when
                .contains("Socialtjänsten har den 10 mars 2026 bekräftat till Kronofogden")
                // how to get help
                .contains("Så kan du få hjälp").contains("anstånd").contains("lämnar nycklarna")
                .contains("Kronofogdens målnummer: " + kfm)
                .contains("Handläggare hos Kronofogden: Karl Kronofogde")
                .contains("Vår referens: " + caseId)
                .doesNotContain("198503152384");
        JsonNode per = letters.stream().map(l -> read(l.body()))
                .filter(l -> l.get("recipient").get("personalIdentityNumber").asText().equals("198001010019")).findFirst().orElseThrow();
        assertThat(per.get("content").asText()).contains("Per &lt;b&gt;Exempel&lt;/b&gt; &amp; Son").doesNotContain("<b>Exempel");

        // the dispatch is recorded and announced, with the letter exactly as sent and the provider's reference
        List<ConsumerRecord<String, String>> dispatched = Fixtures.events(Topics.KRONOFOGDEN_DELIVERIES.name(),
                DeliveryEvents.TENANT_LETTER_DISPATCHED.type(), caseId.toString(), v -> true, 2, WAIT);
        assertThat(dispatched).hasSize(2);
        JsonNode event = dispatched.stream().map(r -> read(r.value()))
                .filter(e -> e.get("letterId").asText().equals(maria.get("letterId").asText())).findFirst().orElseThrow();
        assertThat(event.get("html").asText()).isEqualTo(html);
        assertThat(event.get("providerReference").asText()).startsWith("FAKE-");
        assertThat(event.get("kfmCaseNumber").asText()).isEqualTo(kfm);
        List<Map<String, Object>> rows = Fixtures.query("select d.status, d.remote_reference, count(a.id) as attempts"
                + " from delivery d join delivery_attempt a on a.delivery_id = d.id where d.kind = 'TENANT_LETTER'"
                + " and d.case_id = ? group by d.id", caseId);
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("CONFIRMED"));
        // the one refused attempt was retried
        assertThat(rows.stream().mapToLong(r -> (Long) r.get("attempts")).sum()).isEqualTo(3);
    }

    @Test
    void afterAReassignmentTheTenantIsToldOfTheNewCaseworker() {
        clock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0));
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.parse("2026-03-24T13:30:00+01:00");
        Map<String, Object> receipt = Fixtures.received(notice(kfm, evictionAt));
        UUID caseId = UUID.randomUUID();
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, ANNA, "ASSIGNED", 1, evictionAt));
        await().atMost(WAIT).until(() -> channel.confirmed("/letters", caseId.toString()).size() == 1);
        clock.setTo(LocalDateTime.of(2026, 3, 12, 11, 0));
        CaseworkerV1 cecilia = new CaseworkerV1("cecilia", "Cecilia Handläggare", null, "barn.nordost@socialtjanst.example",
                "Nordost, enheten för barn och unga");
        Fixtures.publish(Fixtures.named(caseId, kfm, receipt, cecilia, "REASSIGNED", 2, evictionAt));
        String html = read(await().atMost(WAIT).until(() -> channel.confirmed("/letters", caseId.toString()),
                list -> list.size() == 2).get(1).body()).get("content").asText();
        assertThat(html).contains("Ny ansvarig handläggare inför avhysningen")
                .contains("Du har fått en ny ansvarig handläggare")
                .contains("12 mars 2026")
                .contains("tisdag 24 mars 2026 klockan 13.30")
                .contains("Cecilia Handläggare").contains("E-post: barn.nordost@socialtjanst.example")
                .doesNotContain("Telefon:").doesNotContain("Anna Handläggare");
    }
}
