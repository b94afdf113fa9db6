package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.Outcome.AvertedBy;

class OutcomeTest {

    @Test
    void anAvertedEvictionNamesHowItWasAverted() {
        assertThat(Outcome.EVICTION_AVERTED.validate(AvertedBy.PAYMENT_COMMITMENT, null)).isEmpty();
        assertThat(Outcome.EVICTION_AVERTED.validate(null, "note")).extracting(Violation::field).containsExactly("avertedBy");
        assertThat(Outcome.EVICTION_AVERTED.validate(null, null).get(0).message()).contains("DEBT_PAID");
    }

    @Test
    void onlyAnAvertedEvictionHasAnAvertedBy() {
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.EVICTION_AVERTED) {
                assertThat(o.validate(AvertedBy.DEBT_PAID, "note")).extracting(Violation::field).containsExactly("avertedBy");
            }
        }
    }

    @Test
    void otherNeedsANote() {
        assertThat(Outcome.OTHER.validate(null, "no action was needed")).isEmpty();
        assertThat(Outcome.OTHER.validate(null, " ")).extracting(Violation::field).containsExactly("note");
        assertThat(Outcome.OTHER.validate(null, null)).extracting(Violation::field).containsExactly("note");
        assertThat(Outcome.NO_CONTACT.validate(null, null)).isEmpty();
        assertThat(Outcome.MOVED_OUT.validate(null, null)).isEmpty();
        assertThat(Outcome.EVICTION_CARRIED_OUT.validate(null, null)).isEmpty();
    }

    @Test
    void violationsNeedFieldAndMessage() {
        assertThatThrownBy(() -> new Violation(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", null)).isInstanceOf(NullPointerException.class);
    }
}
