package se.bokvar.rules.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.rules.notice.NoticeKind.EARLY_WARNING;
import static se.bokvar.rules.notice.NoticeKind.EVICTION;
import static se.bokvar.rules.notice.NoticeKind.RECTIFICATION_REQUEST;
import static se.bokvar.rules.notice.NoticeKind.TERMINATION_UNPAID_RENT;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoticeKindTest {

    static final List<NoticeKind> ORDER = List.of(EARLY_WARNING, RECTIFICATION_REQUEST, TERMINATION_UNPAID_RENT, EVICTION);

    @Test
    void theEscalationOrderIsWarningRectificationTerminationEviction() {
        assertThat(NoticeKind.values()).containsExactlyElementsOf(ORDER);
    }

    @Test
    void isAboveForEveryPair() {
        for (int i = 0; i < ORDER.size(); i++) {
            for (int j = 0; j < ORDER.size(); j++) {
                assertThat(ORDER.get(i).isAbove(ORDER.get(j))).as(ORDER.get(i) + " above " + ORDER.get(j)).isEqualTo(i > j);
            }
        }
    }

    @Test
    void highestOfEverySubsetAndTheFallbackForNone() {
        int n = ORDER.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            List<NoticeKind> subset = new ArrayList<>();
            NoticeKind expected = null;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(ORDER.get(i));
                    expected = ORDER.get(i);
                }
            }
            for (NoticeKind fallback : ORDER) {
                assertThat(NoticeKind.highest(subset, fallback)).as(subset + " / " + fallback)
                        .isEqualTo(expected == null ? fallback : expected);
            }
        }
    }

    @Test
    void onlyTheEvictionComesFromKronofogden() {
        for (NoticeKind kind : ORDER) {
            assertThat(kind.fromLandlord()).isEqualTo(kind != EVICTION);
        }
    }
}
