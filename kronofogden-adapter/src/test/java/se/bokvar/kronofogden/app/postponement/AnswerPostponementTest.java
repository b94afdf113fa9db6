package se.bokvar.kronofogden.app.postponement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import se.bokvar.kronofogden.store.EvictionNotice;
import se.bokvar.kronofogden.store.EvictionState;
import se.bokvar.kronofogden.store.PostponementRequest;
import se.bokvar.platform.problem.ProblemException;

/** What a decision on a postponement does to the notice, decided in the app without a database. */
class AnswerPostponementTest {

    static final OffsetDateTime EVICTION = OffsetDateTime.parse("2026-12-03T09:00:00+01:00");
    static final OffsetDateTime NEW_DATE = OffsetDateTime.parse("2027-01-14T09:00:00+01:00");
    static final OffsetDateTime ANSWERED = OffsetDateTime.parse("2026-11-25T10:00:00+01:00");

    static EvictionNotice notice(EvictionState state) {
        EvictionNotice n = new EvictionNotice();
        n.state = state;
        n.evictionAt = EVICTION;
        n.updatedAt = EVICTION.minusDays(20);
        return n;
    }

    static PostponementRequest answered(OffsetDateTime newEvictionAt) {
        PostponementRequest r = new PostponementRequest();
        r.newEvictionAt = newEvictionAt;
        r.answeredAt = ANSWERED;
        return r;
    }

    @Test
    void aRefusalCarriesNoNewDate() {
        assertThatThrownBy(() -> AnswerPostponement.requireNoDateWhenRefused(PostponementDecision.REFUSED, Instant.now()))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> AnswerPostponement.requireNoDateWhenRefused(PostponementDecision.REFUSED, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> AnswerPostponement.requireNoDateWhenRefused(PostponementDecision.GRANTED, Instant.now()))
                .doesNotThrowAnyException();
    }

    @Test
    void aGrantPostponesAnOpenCaseToTheNewDate() {
        EvictionNotice notice = notice(EvictionState.ACTIVE);
        AnswerPostponement.postpone(notice, answered(NEW_DATE));
        assertThat(notice.state).isEqualTo(EvictionState.POSTPONED);
        assertThat(notice.evictionAt).isEqualTo(NEW_DATE);
        assertThat(notice.updatedAt).isEqualTo(ANSWERED);
    }

    @Test
    void aGrantWithoutADateKeepsTheOldOne() {
        EvictionNotice notice = notice(EvictionState.ACTIVE);
        AnswerPostponement.postpone(notice, answered(null));
        assertThat(notice.state).isEqualTo(EvictionState.POSTPONED);
        assertThat(notice.evictionAt).isEqualTo(EVICTION);
    }

    @Test
    void aClosedCaseStaysAsItIs() {
        EvictionNotice notice = notice(EvictionState.CANCELLED);
        AnswerPostponement.postpone(notice, answered(NEW_DATE));
        assertThat(notice.state).isEqualTo(EvictionState.CANCELLED);
        assertThat(notice.evictionAt).isEqualTo(EVICTION);
    }
}
