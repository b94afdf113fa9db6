package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void aMovedPeriodSaysFromWhichDayAndWhyInCaseServicesWords() {
        assertThat(Deadlines.movedFrom(LocalDate.of(2026, 12, 26), List.of("lördag", "annandag jul")))
                .isEqualTo("flyttad från lör 26 dec 2026: lördag, annandag jul");
        assertThat(Deadlines.movedFrom(LocalDate.of(2025, 12, 24), List.of("julafton")))
                .isEqualTo("flyttad från ons 24 dec 2025: julafton");
    }

    @Test
    void aPeriodThatWasNotMovedSaysNothing() {
        assertThat(Deadlines.movedFrom(LocalDate.of(2026, 12, 10), List.of())).isEmpty();
        assertThat(Deadlines.movedFrom(LocalDate.of(2026, 12, 10), null)).isEmpty();
        assertThat(Deadlines.movedFrom(null, List.of("lördag"))).isEmpty();
    }
}
