package se.bokvar.kronofogden.app.eviction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.kronofogden.app.ContentHash;

/** The same notice, however Kronofogden wrote it, normalises to one value and so one content hash. */
class NoticeNormalizerTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneId.of("Europe/Stockholm"));
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    static EvictionNoticeCommand notice(String pin, String postalCode, String flat, String orgNumber, OffsetDateTime evictionAt,
            ChildrenKnownV1 children, String name) {
        return new EvictionNoticeCommand(" 14-736105-26 ", List.of(new EvictionNoticeCommand.Tenant(pin, name)),
                new EvictionNoticeCommand.Address("Exempelgatan 12 ", postalCode, " Göteborg", flat),
                new EvictionNoticeCommand.Applicant("Hemma Bostäder AB", orgNumber), evictionAt,
                new EvictionNoticeCommand.Contact("Karl Kronofogde", " ", "karl.kronofogde@kronofogden.example"), children);
    }

    @Test
    void separatorsOffsetsAndBlanksDoNotMakeANewNotice() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-03T09:00:00+01:00");
        NormalizedNotice a = NoticeNormalizer.normalize(notice("19850315-2384", "415 02", "", "556677-8899", at, null,
                "Maria Exempelsson"), CLOCK);
        NormalizedNotice b = NoticeNormalizer.normalize(notice("198503152384", "41502", null, "5566778899",
                at.withOffsetSameInstant(ZoneOffset.UTC), ChildrenKnownV1.UNKNOWN, " Maria Exempelsson "), CLOCK);

        assertThat(a).isEqualTo(b);
        assertThat(ContentHash.of(MAPPER, a)).isEqualTo(ContentHash.of(MAPPER, b));
        assertThat(a.kfmCaseNumber()).isEqualTo("14-736105-26");
        assertThat(a.tenants()).containsExactly(new NormalizedNotice.Tenant("198503152384", false, "Maria Exempelsson"));
        assertThat(a.address()).isEqualTo(new NormalizedNotice.Address("Exempelgatan 12", "41502", "Göteborg", null));
        assertThat(a.applicant().organisationNumber()).isEqualTo("5566778899");
        assertThat(a.kfmContact().phone()).isNull();
        assertThat(a.childrenKnown()).isEqualTo(ChildrenKnownV1.UNKNOWN);
    }

    @Test
    void anotherTenantOrDateIsAnotherNotice() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-03T09:00:00+01:00");
        NormalizedNotice a = NoticeNormalizer.normalize(notice("19850315-2384", "415 02", null, null, at, ChildrenKnownV1.YES,
                "Maria Exempelsson"), CLOCK);
        NormalizedNotice later = NoticeNormalizer.normalize(notice("19850315-2384", "415 02", null, null, at.plusHours(1),
                ChildrenKnownV1.YES, "Maria Exempelsson"), CLOCK);

        assertThat(ContentHash.of(MAPPER, a)).isNotEqualTo(ContentHash.of(MAPPER, later));
        assertThat(a.childrenKnown()).isEqualTo(ChildrenKnownV1.YES);
        assertThat(a.applicant().organisationNumber()).isNull();
    }
}
