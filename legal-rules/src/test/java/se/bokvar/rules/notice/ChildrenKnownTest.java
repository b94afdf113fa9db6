package se.bokvar.rules.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.rules.notice.ChildrenKnown.NO;
import static se.bokvar.rules.notice.ChildrenKnown.UNKNOWN;
import static se.bokvar.rules.notice.ChildrenKnown.YES;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ChildrenKnownTest {

    enum Stated {
        YES, NO, UNKNOWN
    }

    @Test
    void everyCombinationOfWhatTheCaseKnowsAndWhatANoticeSays() {
        Map<String, ChildrenKnown> expected = Map.of(
                "YES+YES", YES, "YES+NO", YES, "YES+UNKNOWN", YES,
                "NO+YES", YES, "NO+NO", NO, "NO+UNKNOWN", NO,
                "UNKNOWN+YES", YES, "UNKNOWN+NO", NO, "UNKNOWN+UNKNOWN", UNKNOWN);
        for (ChildrenKnown known : ChildrenKnown.values()) {
            for (ChildrenKnown stated : ChildrenKnown.values()) {
                assertThat(known.merge(stated)).as(known + "+" + stated).isEqualTo(expected.get(known + "+" + stated));
            }
        }
        assertThat(expected).hasSize(ChildrenKnown.values().length * ChildrenKnown.values().length);
    }

    @Test
    void aNoticeThatSaysNothingChangesNothing() {
        for (ChildrenKnown known : ChildrenKnown.values()) {
            assertThat(known.merge(null)).isEqualTo(known);
        }
    }

    @Test
    void onlyYesMeansChildrenAreAffected() {
        assertThat(YES.affected()).isTrue();
        assertThat(NO.affected()).isFalse();
        assertThat(UNKNOWN.affected()).isFalse();
    }

    @Test
    void aStatedAnswerIsReadByNameAndSilenceIsUnknown() {
        assertThat(ChildrenKnown.of(null)).isEqualTo(UNKNOWN);
        for (Stated s : Stated.values()) {
            assertThat(ChildrenKnown.of(s)).isEqualTo(ChildrenKnown.valueOf(s.name()));
        }
    }
}
