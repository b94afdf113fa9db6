package se.bokvar.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StockholmTest {

    @Test
    void todayIsTheStockholmDateWhateverTheClocksZone() {
        Instant lateEvening = Instant.parse("2026-11-21T23:30:00Z"); // 00:30 on the 22nd in Stockholm
        assertThat(Stockholm.today(Clock.fixed(lateEvening, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(Stockholm.today(Clock.fixed(lateEvening, ZoneId.of("America/New_York"))))
                .isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(Stockholm.dateOf(lateEvening)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(Stockholm.STOCKHOLM.getId()).isEqualTo("Europe/Stockholm");
        assertThatNullPointerException().isThrownBy(() -> Stockholm.today(null)).withMessageContaining("clock");
        assertThatNullPointerException().isThrownBy(() -> Stockholm.dateOf(null));
    }
}
