package se.bokvar.kronofogden.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final LocalTime ALERT = LocalTime.of(16, 0);
    static final Duration GRACE = Duration.ofMinutes(15);

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(STOCKHOLM).toInstant();
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(5);
        Duration max = Duration.ofMinutes(1);
        assertThat(DeliveryPolicy.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliveryPolicy.backoff(2, initial, max)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliveryPolicy.backoff(3, initial, max)).isEqualTo(Duration.ofSeconds(20));
        assertThat(DeliveryPolicy.backoff(4, initial, max)).isEqualTo(Duration.ofSeconds(40));
        assertThat(DeliveryPolicy.backoff(5, initial, max)).isEqualTo(max);
        assertThat(DeliveryPolicy.backoff(1000, initial, max)).isEqualTo(max);
        assertThatThrownBy(() -> DeliveryPolicy.backoff(0, initial, max)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstAcknowledgementIsDueOnTheNoticesDayEvenWhenNamedLater() {
        LocalDate noticeDay = LocalDate.of(2026, 3, 10);
        assertThat(DeliveryPolicy.dueDay(1, noticeDay, at(2026, 3, 10, 23, 59))).isEqualTo(noticeDay);
        assertThat(DeliveryPolicy.dueDay(1, noticeDay, at(2026, 3, 11, 0, 5))).isEqualTo(noticeDay);
        // a reassignment later is due the day it is named
        assertThat(DeliveryPolicy.dueDay(2, noticeDay, at(2026, 3, 16, 10, 0))).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(DeliveryPolicy.dueDay(2, noticeDay, at(2026, 3, 10, 11, 0))).isEqualTo(noticeDay);
    }

    @Test
    void supervisorsAreAlertedAtTheAlertTimeOrAfterTheGraceButNeverAfterMidnight() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        // named in the morning: at 16:00
        assertThat(DeliveryPolicy.overdueAt(day, at(2026, 3, 10, 9, 0), ALERT, GRACE)).isEqualTo(at(2026, 3, 10, 16, 0));
        // named just before 16:00: the grace counts
        assertThat(DeliveryPolicy.overdueAt(day, at(2026, 3, 10, 15, 55), ALERT, GRACE)).isEqualTo(at(2026, 3, 10, 16, 10));
        // named in the evening: after the grace
        assertThat(DeliveryPolicy.overdueAt(day, at(2026, 3, 10, 20, 0), ALERT, GRACE)).isEqualTo(at(2026, 3, 10, 20, 15));
        // named at 23:59: at the end of the day, not the next day
        Instant endOfDay = at(2026, 3, 11, 0, 0).minusNanos(1);
        assertThat(DeliveryPolicy.overdueAt(day, at(2026, 3, 10, 23, 59), ALERT, GRACE)).isEqualTo(endOfDay);
        // named the day after: already overdue
        assertThat(DeliveryPolicy.overdueAt(day, at(2026, 3, 11, 8, 0), ALERT, GRACE)).isEqualTo(endOfDay);
    }

    @Test
    void theAlertTimeIsStockholmTimeAcrossDaylightSavingChanges() {
        // 29 March 2026: clocks go forward at 02:00; 25 October 2026: back at 03:00
        assertThat(DeliveryPolicy.overdueAt(LocalDate.of(2026, 3, 29), at(2026, 3, 29, 9, 0), ALERT, GRACE))
                .isEqualTo(Instant.parse("2026-03-29T14:00:00Z"));
        assertThat(DeliveryPolicy.overdueAt(LocalDate.of(2026, 10, 25), at(2026, 10, 25, 9, 0), ALERT, GRACE))
                .isEqualTo(Instant.parse("2026-10-25T15:00:00Z"));
        assertThat(DeliveryPolicy.overdueAt(LocalDate.of(2026, 3, 29), at(2026, 3, 29, 23, 59), ALERT, GRACE))
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z").minusNanos(1));
    }
}
