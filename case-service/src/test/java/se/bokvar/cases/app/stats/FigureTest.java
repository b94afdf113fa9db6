package se.bokvar.cases.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A figure is what the grid published: the count, or hidden without saying why (plain JUnit). */
class FigureTest {

    static Figure count(long n) {
        return Figure.of(OptionalLong.of(n));
    }

    @Test
    void aPublishedValueIsItsCountAndASuppressedOneIsHiddenWithoutAReason() throws Exception {
        assertThat(count(0)).isEqualTo(new Figure(0L, null));
        assertThat(count(3)).as("the grid decides, not the figure").isEqualTo(new Figure(3L, null));
        assertThat(Figure.of(OptionalLong.empty())).isEqualTo(new Figure(null, "hidden")).isEqualTo(Figure.hidden());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(count(12))).isEqualTo("{\"count\":12}");
        assertThat(json.writeValueAsString(Figure.hidden())).isEqualTo("{\"suppressed\":\"hidden\"}");
    }

    @Test
    void aShareOnlyWhenBothCountsArePublishedAndTheWholeIsNotZero() {
        assertThat(Figure.share(count(5), count(10))).isEqualTo(0.5);
        assertThat(Figure.share(count(0), count(10))).isEqualTo(0.0);
        assertThat(Figure.share(count(10), count(10))).isEqualTo(1.0);
        assertThat(Figure.share(count(5), count(15))).isEqualTo(0.333);
        assertThat(Figure.share(Figure.hidden(), count(10))).as("part hidden").isNull();
        assertThat(Figure.share(count(5), Figure.hidden())).as("whole hidden").isNull();
        assertThat(Figure.share(count(0), count(0))).as("nothing").isNull();
    }

    @Test
    void aListLeavesOutPublishedZerosButNeverAHiddenFigure() {
        assertThat(Figure.worthListing(count(0))).isFalse();
        assertThat(Figure.worthListing(count(7))).isTrue();
        assertThat(Figure.worthListing(Figure.hidden())).isTrue();
    }
}
