package se.bokvar.web.commons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SwedishDatesTest {

    @Test
    void aDateReadsAsSwedesWriteIt() {
        assertThat(SwedishDates.date(LocalDate.of(2026, 12, 11))).isEqualTo("fre 11 dec 2026");
        assertThat(SwedishDates.date(LocalDate.of(2026, 12, 7))).isEqualTo("mån 7 dec 2026");
        assertThat(SwedishDates.date(LocalDate.of(2027, 6, 24))).isEqualTo("tors 24 juni 2027");
        assertThat(SwedishDates.date(LocalDate.of(2027, 3, 14))).isEqualTo("sön 14 mars 2027");
        assertThat(SwedishDates.date((LocalDate) null)).isEmpty();
    }

    @Test
    void everyWeekdayAndMonthHasItsSwedishShortName() {
        LocalDate monday = LocalDate.of(2026, 1, 5);
        String[] days = { "mån", "tis", "ons", "tors", "fre", "lör", "sön" };
        for (int i = 0; i < 7; i++) {
            assertThat(SwedishDates.date(monday.plusDays(i))).startsWith(days[i] + " ");
        }
        String[] months = { "jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec" };
        for (int m = 1; m <= 12; m++) {
            assertThat(SwedishDates.date(LocalDate.of(2026, m, 15))).endsWith(" 15 " + months[m - 1] + " 2026");
        }
    }

    @Test
    void timesAreShownInStockholmWhateverOffsetTheyCarry() {
        // 23:30 UTC on Thursday 10 December is 00:30 on Friday 11 December in Stockholm (CET, +01:00)
        assertThat(SwedishDates.dateTime(Instant.parse("2026-12-10T23:30:00Z"))).isEqualTo("fre 11 dec 2026 kl. 00:30");
        assertThat(SwedishDates.date(OffsetDateTime.of(2026, 12, 10, 23, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("fre 11 dec 2026");
        // summer time: +02:00
        assertThat(SwedishDates.dateTime(OffsetDateTime.parse("2026-06-15T12:05:00Z"))).isEqualTo("mån 15 juni 2026 kl. 14:05");
        assertThat(SwedishDates.isoDateTime(OffsetDateTime.parse("2026-06-15T12:05:00Z"))).isEqualTo("2026-06-15T14:05+02:00");
        assertThat(SwedishDates.dateTime((Instant) null)).isEmpty();
    }
}
