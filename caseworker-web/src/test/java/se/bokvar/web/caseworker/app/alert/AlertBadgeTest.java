package se.bokvar.web.caseworker.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertBadgeTest {

    @Test
    void theBadgeCountsInSwedish() {
        assertThat(AlertBadge.label(0)).isEqualTo("Aviseringar");
        assertThat(AlertBadge.label(1)).isEqualTo("Aviseringar (1 ny)");
        assertThat(AlertBadge.label(3)).isEqualTo("Aviseringar (3 nya)");
    }

    @Test
    void aScreenReaderIsToldOnlyWhatCameSinceThePageShowedItsCount() {
        assertThat(AlertBadge.announcement(0, 1)).isEqualTo("1 ny avisering");
        assertThat(AlertBadge.announcement(1, 4)).isEqualTo("3 nya aviseringar");
        assertThat(AlertBadge.announcement(2, 2)).isEmpty();
        assertThat(AlertBadge.announcement(2, 0)).as("the list was opened in another tab").isEmpty();
        assertThat(AlertBadge.announcement(-1, 5)).as("the page's count is unknown").isEmpty();
    }

    @Test
    void thePagesCountIsReadStrictly() {
        assertThat(AlertBadge.shown("2")).isEqualTo(2);
        assertThat(AlertBadge.shown("0")).isZero();
        for (String junk : new String[] { null, "", "-1", "2a", "9999999", " 2" }) {
            assertThat(AlertBadge.shown(junk)).as(String.valueOf(junk)).isEqualTo(-1);
        }
    }
}
