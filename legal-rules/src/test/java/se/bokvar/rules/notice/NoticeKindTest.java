package se.bokvar.rules.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NoticeKindTest {

    @Test
    void escalationRunsFromAnEarlyWarningToAnEviction() {
        assertThat(NoticeKind.values()).containsExactly(NoticeKind.EARLY_WARNING, NoticeKind.RECTIFICATION_REQUEST,
                NoticeKind.TERMINATION_UNPAID_RENT, NoticeKind.EVICTION);
        for (NoticeKind lower : NoticeKind.values()) {
            for (NoticeKind higher : NoticeKind.values()) {
                assertThat(higher.isAbove(lower)).isEqualTo(higher.ordinal() > lower.ordinal());
                assertThat(NoticeKind.highest(List.of(lower, higher), NoticeKind.EARLY_WARNING))
                        .isEqualTo(higher.ordinal() > lower.ordinal() ? higher : lower);
            }
        }
        assertThat(NoticeKind.highest(List.of(), NoticeKind.RECTIFICATION_REQUEST)).isEqualTo(NoticeKind.RECTIFICATION_REQUEST);
    }

    @Test
    void onlyAnEvictionComesFromKronofogden() {
        assertThat(List.of(NoticeKind.values())).filteredOn(k -> !k.fromLandlord()).containsExactly(NoticeKind.EVICTION);
    }
}
