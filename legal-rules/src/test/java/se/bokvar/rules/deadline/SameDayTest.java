package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameDayTest {

    @ParameterizedTest(name = "{0} is on {1} in Stockholm")
    @CsvSource({
        "2026-01-14T22:59:59Z, 2026-01-14", // 23:59:59 CET
        "2026-01-14T23:00:00Z, 2026-01-15", // midnight CET
        "2026-07-14T21:59:59Z, 2026-07-14", // 23:59:59 CEST
        "2026-07-14T22:00:00Z, 2026-07-15",
    })
    void dayOf(Instant instant, LocalDate day) {
        assertThat(SameDay.dayOf(instant)).isEqualTo(day);
    }

    @ParameterizedTest(name = "end of {0} is {1}")
    @CsvSource({
        "2026-01-14, 2026-01-14T22:59:59.999999999Z",
        "2026-07-14, 2026-07-14T21:59:59.999999999Z",
        "2026-03-29, 2026-03-29T21:59:59.999999999Z", // spring forward: a 23-hour day
        "2026-10-25, 2026-10-25T22:59:59.999999999Z", // fall back: a 25-hour day
        "2026-03-28, 2026-03-28T22:59:59.999999999Z",
    })
    void endOfDay(LocalDate day, Instant end) {
        assertThat(SameDay.endOfDay(day)).isEqualTo(end);
        assertThat(SameDay.dayOf(end)).isEqualTo(day);
        assertThat(SameDay.dayOf(end.plusNanos(1))).isEqualTo(day.plusDays(1));
    }

    @Test
    void dstDaysHaveTheirRealLength() {
        Instant startOfSpringDay = SameDay.endOfDay(LocalDate.of(2026, 3, 28)).plusNanos(1);
        assertThat(Duration.between(startOfSpringDay, SameDay.endOfDay(LocalDate.of(2026, 3, 29)).plusNanos(1)))
                .isEqualTo(Duration.ofHours(23));
        Instant startOfAutumnDay = SameDay.endOfDay(LocalDate.of(2026, 10, 24)).plusNanos(1);
        assertThat(Duration.between(startOfAutumnDay, SameDay.endOfDay(LocalDate.of(2026, 10, 25)).plusNanos(1)))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void isSameDay() {
        Instant received = Instant.parse("2026-01-14T07:30:00Z");
        assertThat(SameDay.isSameDay(received, Instant.parse("2026-01-14T22:59:59Z"))).isTrue();
        assertThat(SameDay.isSameDay(received, Instant.parse("2026-01-14T23:00:00Z"))).isFalse();
        assertThat(SameDay.isSameDay(received, received)).isTrue();
        // 00:30 Stockholm time is still the same UTC day but the next Stockholm day
        assertThat(SameDay.isSameDay(Instant.parse("2026-01-14T12:00:00Z"), Instant.parse("2026-01-14T23:30:00Z")))
                .isFalse();
        assertThatNullPointerException().isThrownBy(() -> SameDay.isSameDay(null, received));
        assertThatNullPointerException().isThrownBy(() -> SameDay.isSameDay(received, null));
    }

    @Test
    void cutOff() {
        assertThat(SameDay.cutOff(LocalDate.of(2026, 1, 14), LocalTime.of(16, 0)))
                .isEqualTo(Instant.parse("2026-01-14T15:00:00Z"));
        assertThat(SameDay.cutOff(LocalDate.of(2026, 7, 14), LocalTime.of(16, 0)))
                .isEqualTo(Instant.parse("2026-07-14T14:00:00Z"));
        // 02:30 does not exist on 2026-03-29: the gap starts at 02:00 CET = 01:00Z
        assertThat(SameDay.cutOff(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30)))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        // 02:30 happens twice on 2026-10-25: the earlier one (CEST)
        assertThat(SameDay.cutOff(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30)))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThatNullPointerException().isThrownBy(() -> SameDay.cutOff(null, LocalTime.NOON));
        assertThatNullPointerException().isThrownBy(() -> SameDay.cutOff(LocalDate.of(2026, 1, 14), null));
        assertThatNullPointerException().isThrownBy(() -> SameDay.endOfDay(null));
        assertThatNullPointerException().isThrownBy(() -> SameDay.dayOf(null));
    }

    @Test
    void acknowledgementState() {
        Instant received = Instant.parse("2026-01-14T07:30:00Z");
        Instant endOfDay = Instant.parse("2026-01-14T22:59:59.999999999Z");
        assertThat(SameDay.acknowledgementState(received, Optional.empty(), received))
                .isEqualTo(DeadlineState.PENDING);
        assertThat(SameDay.acknowledgementState(received, Optional.empty(), endOfDay))
                .isEqualTo(DeadlineState.PENDING);
        assertThat(SameDay.acknowledgementState(received, Optional.empty(), endOfDay.plusNanos(1)))
                .isEqualTo(DeadlineState.BREACHED);
        assertThat(SameDay.acknowledgementState(received, Optional.of(endOfDay), endOfDay.plusSeconds(99)))
                .isEqualTo(DeadlineState.MET);
        assertThat(SameDay.acknowledgementState(received, Optional.of(endOfDay.plusNanos(1)), endOfDay))
                .isEqualTo(DeadlineState.BREACHED);
        assertThatNullPointerException()
                .isThrownBy(() -> SameDay.acknowledgementState(null, Optional.empty(), received));
        assertThatNullPointerException().isThrownBy(() -> SameDay.acknowledgementState(received, null, received));
        assertThatNullPointerException()
                .isThrownBy(() -> SameDay.acknowledgementState(received, Optional.empty(), null));
    }
}
