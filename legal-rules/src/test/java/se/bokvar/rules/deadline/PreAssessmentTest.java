package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.bokvar.rules.deadline.PreAssessment.State;

class PreAssessmentTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @Test
    void defaultsAreTwoAndFourWeeks() {
        PreAssessment assessment = PreAssessment.opened(OPENED);
        assertThat(PreAssessment.DEFAULT_TARGET_DAYS).isEqualTo(14);
        assertThat(PreAssessment.DEFAULT_LIMIT_DAYS).isEqualTo(28);
        assertThat(assessment.opened()).isEqualTo(OPENED);
        assertThat(assessment.target()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(assessment.limit()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(assessment.extensions()).isEmpty();
        assertThat(assessment.extensionReason()).isEmpty();
    }

    @Test
    void statusAroundTargetAndLimit() {
        PreAssessment assessment = PreAssessment.opened(OPENED);
        assertThat(assessment.status(OPENED.minusDays(1))).isEqualTo(State.ON_TRACK);
        assertThat(assessment.status(OPENED)).isEqualTo(State.ON_TRACK);
        assertThat(assessment.status(LocalDate.of(2026, 3, 16))).isEqualTo(State.ON_TRACK);
        assertThat(assessment.status(LocalDate.of(2026, 3, 17))).isEqualTo(State.PAST_TARGET);
        assertThat(assessment.status(LocalDate.of(2026, 3, 30))).isEqualTo(State.PAST_TARGET);
        assertThat(assessment.status(LocalDate.of(2026, 3, 31))).isEqualTo(State.PAST_LIMIT);
        assertThatNullPointerException().isThrownBy(() -> assessment.status(null));
    }

    @Test
    void customTargetAndLimit() {
        PreAssessment assessment = PreAssessment.opened(OPENED, 7, 21);
        assertThat(assessment.target()).isEqualTo(OPENED.plusDays(7));
        assertThat(assessment.limit()).isEqualTo(OPENED.plusDays(21));
        PreAssessment sameDay = PreAssessment.opened(OPENED, 1, 1);
        assertThat(sameDay.target()).isEqualTo(sameDay.limit());
        assertThatThrownBy(() -> PreAssessment.opened(OPENED, 0, 28)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreAssessment.opened(OPENED, 14, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> PreAssessment.opened(null));
    }

    @Test
    void extendReturnsANewInstanceAndKeepsHistory() {
        PreAssessment original = PreAssessment.opened(OPENED);
        PreAssessment extended = original.extend(LocalDate.of(2026, 4, 13), "waiting for the återvinningsfrist");
        assertThat(original.limit()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(original.extensions()).isEmpty();
        assertThat(extended.limit()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(extended.target()).isEqualTo(original.target());
        assertThat(extended.opened()).isEqualTo(OPENED);
        assertThat(extended.extensionReason()).contains("waiting for the återvinningsfrist");
        assertThat(extended.status(LocalDate.of(2026, 4, 1))).isEqualTo(State.PAST_TARGET);
        assertThat(extended.status(LocalDate.of(2026, 4, 14))).isEqualTo(State.PAST_LIMIT);

        PreAssessment twice = extended.extend(LocalDate.of(2026, 4, 14), "no contact yet");
        assertThat(twice.extensions()).containsExactly(
                new PreAssessment.Extension(LocalDate.of(2026, 4, 13), "waiting for the återvinningsfrist"),
                new PreAssessment.Extension(LocalDate.of(2026, 4, 14), "no contact yet"));
        assertThat(twice.extensionReason()).contains("no contact yet");
        assertThatThrownBy(() -> twice.extensions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extendRejectsAnEarlierOrEqualLimitAndABlankReason() {
        PreAssessment assessment = PreAssessment.opened(OPENED);
        assertThatThrownBy(() -> assessment.extend(assessment.limit(), "reason"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the current limit");
        assertThatThrownBy(() -> assessment.extend(assessment.limit().minusDays(1), "reason"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.extend(assessment.limit().plusDays(1), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThatNullPointerException().isThrownBy(() -> assessment.extend(assessment.limit().plusDays(1), null));
        assertThatNullPointerException().isThrownBy(() -> assessment.extend(null, "reason"));
    }

    @Test
    void valueSemantics() {
        PreAssessment a = PreAssessment.opened(OPENED);
        PreAssessment b = PreAssessment.opened(OPENED);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(PreAssessment.opened(OPENED.plusDays(1)));
        assertThat(a.hashCode()).isNotEqualTo(PreAssessment.opened(OPENED.plusDays(1)).hashCode());
        assertThat(a).isNotEqualTo(PreAssessment.opened(OPENED, 13, 28));
        assertThat(a).isNotEqualTo(PreAssessment.opened(OPENED, 14, 29));
        assertThat(a.extend(a.limit().plusDays(1), "x")).isNotEqualTo(a.extend(a.limit().plusDays(1), "y"));
        assertThat(a).isNotEqualTo("PreAssessment").isNotEqualTo(null);
        assertThat(a.toString()).contains("2026-03-02", "2026-03-16", "2026-03-30", "extensions=0");
    }
}
