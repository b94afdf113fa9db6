package se.bokvar.cases.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statistics leave nobody identifiable: counts of 1 to 4 are suppressed, 0 and 5 or more shown (plain JUnit). */
class FigureTest {

    @Test
    void countsBelowFiveAreSuppressedFromOneToFour() {
        assertThat(Figure.of(0)).isEqualTo(new Figure(0L, null));
        for (long n = 1; n <= 4; n++) {
            assertThat(Figure.of(n)).as("count %d", n).isEqualTo(new Figure(null, "<5"));
        }
        assertThat(Figure.of(5)).isEqualTo(new Figure(5L, null));
        assertThat(Figure.of(6)).isEqualTo(new Figure(6L, null));
        assertThat(Figure.of(1_000_000)).isEqualTo(new Figure(1_000_000L, null));
    }

    @Test
    void aShareIsHiddenWhenThePartItsComplementOrTheWholeIsSmall() {
        assertThat(Figure.share(5, 10)).isEqualTo(0.5);
        assertThat(Figure.share(0, 10)).isEqualTo(0.0);
        assertThat(Figure.share(10, 10)).isEqualTo(1.0);
        assertThat(Figure.share(4, 10)).as("part 4").isNull();
        assertThat(Figure.share(6, 10)).as("complement 4").isNull();
        assertThat(Figure.share(9, 10)).as("complement 1").isNull();
        assertThat(Figure.share(1, 10)).as("part 1").isNull();
        assertThat(Figure.share(0, 4)).as("whole 4").isNull();
        assertThat(Figure.share(0, 0)).as("nothing").isNull();
        assertThat(Figure.share(5, 15)).isEqualTo(0.333);
    }
}
