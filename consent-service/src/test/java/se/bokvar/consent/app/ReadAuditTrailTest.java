package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import se.bokvar.consent.store.AuditRecordRepository.AuditRow;
import se.bokvar.rules.calendar.Stockholm;

class ReadAuditTrailTest {

    private static List<AuditRow> rows(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(id -> new AuditRow(id,
                OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC), "sub", "anna", "caseworker", "nordost",
                "consent.read", "consent", List.of("c" + id), null)).toList();
    }

    @Test
    void aFullPagePointsAtTheNextOne() {
        AuditTrailPage page = ReadAuditTrail.page(rows(3), 2);
        assertThat(page.entries()).extracting(AuditEntry::id).containsExactly(1L, 2L);
        assertThat(page.next()).isEqualTo(2L);
    }

    @Test
    void theLastPageHasNoNextAndTimesAreStockholms() {
        AuditTrailPage page = ReadAuditTrail.page(rows(2), 2);
        assertThat(page.next()).isNull();
        assertThat(page.entries().get(0).occurredAt())
                .isEqualTo(OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(page.entries().get(0).occurredAt().getOffset())
                .isEqualTo(Stockholm.STOCKHOLM.getRules().getOffset(page.entries().get(0).occurredAt().toInstant()));
    }

    @Test
    void theQueryIsDescribedForTheAuditRecordOfTheRead() {
        assertThat(new AuditQuery(null, null, "anna", "consent.read", null, 40L, 10).describe())
                .isEqualTo("actor anna, action consent.read, after 40, limit 10");
    }
}
