package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.consent.ChangeKind;

class ConsentStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aWhollyWithdrawnConsentIsWithdrawnWhateverItsEndDate() {
        assertThat(ConsentStatus.of(ChangeKind.WITHDRAWN, TODAY.minusDays(3), TODAY)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(ConsentStatus.of(ChangeKind.WITHDRAWN, null, TODAY)).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void theLastDayIsStillActiveAndTheDayAfterExpired() {
        assertThat(ConsentStatus.of(ChangeKind.GIVEN, TODAY, TODAY)).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(ConsentStatus.of(ChangeKind.PARTLY_WITHDRAWN, TODAY.minusDays(1), TODAY)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(ConsentStatus.of(ChangeKind.CHANGED, null, TODAY)).isEqualTo(ConsentStatus.ACTIVE);
    }
}
