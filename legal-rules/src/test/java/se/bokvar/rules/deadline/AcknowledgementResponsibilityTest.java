package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.deadline.AcknowledgementResponsibility.Basis;
import se.bokvar.rules.deadline.AcknowledgementResponsibility.Decision;

class AcknowledgementResponsibilityTest {

    static final LocalTime CUT_OFF = LocalTime.of(14, 0);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    @Test
    void theAssignedCaseworkerIsNamedAtOnce() {
        Decision d = AcknowledgementResponsibility.decide(at("2026-03-10T09:00"), CUT_OFF, true, true, at("2026-03-10T09:00"));
        assertThat(d.nameNow()).isTrue();
        assertThat(d.basis()).isEqualTo(Basis.ASSIGNED);
        assertThat(d.waitUntil()).isNull();
        assertThat(AcknowledgementResponsibility.decide(at("2026-03-10T23:59"), CUT_OFF, true, false,
                at("2026-03-10T23:59")).basis()).isEqualTo(Basis.ASSIGNED);
    }

    @Test
    void beforeTheCutOffWeWaitForAnAssignmentUntilTheCutOff() {
        Decision d = AcknowledgementResponsibility.decide(at("2026-03-10T09:00"), CUT_OFF, false, true, at("2026-03-10T13:59:59"));
        assertThat(d.nameNow()).isFalse();
        assertThat(d.basis()).isNull();
        assertThat(d.waitUntil()).isEqualTo(at("2026-03-10T14:00"));
    }

    @Test
    void atTheCutOffTheDutyCaseworkerOfTheBoardOrTheCentralOneIsNamed() {
        assertThat(AcknowledgementResponsibility.decide(at("2026-03-10T09:00"), CUT_OFF, false, true,
                at("2026-03-10T14:00")).basis()).isEqualTo(Basis.DUTY);
        assertThat(AcknowledgementResponsibility.decide(at("2026-03-10T09:00"), CUT_OFF, false, false,
                at("2026-03-10T14:00")).basis()).isEqualTo(Basis.CENTRAL_DUTY);
    }

    @Test
    void aNoticeAfterTheCutOffEvenAt2359IsNamedAtOnce() {
        Decision late = AcknowledgementResponsibility.decide(at("2026-03-10T23:59"), CUT_OFF, false, true, at("2026-03-10T23:59"));
        assertThat(late.basis()).isEqualTo(Basis.DUTY);
        assertThat(late.waitUntil()).isNull();
        assertThat(AcknowledgementResponsibility.decide(at("2026-03-10T14:00"), CUT_OFF, false, false,
                at("2026-03-10T13:00")).basis()).isEqualTo(Basis.CENTRAL_DUTY);
        // received before the cut-off but processed after it: named at once
        assertThat(AcknowledgementResponsibility.decide(at("2026-03-10T13:00"), CUT_OFF, false, true,
                at("2026-03-11T08:00")).basis()).isEqualTo(Basis.DUTY);
    }

    @Test
    void theCutOffIsOnTheStockholmDayOfReceipt() {
        assertThat(AcknowledgementResponsibility.cutOff(Instant.parse("2026-07-01T22:30:00Z"), CUT_OFF))
                .isEqualTo(at("2026-07-02T14:00"));
        assertThat(AcknowledgementResponsibility.duty(true)).isEqualTo(Basis.DUTY);
        assertThat(AcknowledgementResponsibility.duty(false)).isEqualTo(Basis.CENTRAL_DUTY);
        assertThat(Basis.valueOf("REASSIGNED")).isEqualTo(Basis.REASSIGNED);
    }

    @Test
    void nullsAreRefused() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> AcknowledgementResponsibility.decide(null, CUT_OFF, false, true, t)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AcknowledgementResponsibility.decide(t, null, false, true, t)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AcknowledgementResponsibility.decide(t, CUT_OFF, false, true, null)).isInstanceOf(NullPointerException.class);
    }
}
