package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The SVG chart's geometry: round axis steps, bars scaled to the axis, labels that fit. */
class BarChartTest {

    @Test
    void theAxisHasRoundSteps() {
        assertThat(BarChart.step(0)).isEqualTo(1);
        assertThat(BarChart.step(4)).isEqualTo(1);
        assertThat(BarChart.step(7)).isEqualTo(2);
        assertThat(BarChart.step(10)).isEqualTo(5);
        assertThat(BarChart.step(37)).isEqualTo(10);
        assertThat(BarChart.step(100)).isEqualTo(50);
        assertThat(BarChart.step(1234)).isEqualTo(500);
    }

    @Test
    void barsAreScaledToTheAxisFromTheBaseline() {
        BarChart c = BarChart.of("t", "d", List.of(new BarChart.Value("jan", 10, "10"), new BarChart.Value("feb", 0, "0"),
                new BarChart.Value("mars", 5, "minst 5")));
        // plot: x 56..704 (648 wide, three slots of 216), y 24..252 (228 high); axis 0..10 in steps of 5
        assertThat(c.axisY()).isEqualTo("252.0");
        assertThat(c.ticks()).containsExactly(new BarChart.Tick("0", "252.0"), new BarChart.Tick("5", "138.0"),
                new BarChart.Tick("10", "24.0"));
        BarChart.Bar jan = c.bars().get(0);
        assertThat(List.of(jan.x(), jan.y(), jan.width(), jan.height(), jan.centre())).containsExactly("99.2", "24.0",
                "129.6", "228.0", "164.0");
        assertThat(c.bars().get(1).height()).isEqualTo("0.0");
        assertThat(c.bars().get(1).y()).isEqualTo("252.0");
        assertThat(c.bars().get(2).height()).isEqualTo("114.0");
        assertThat(c.bars().get(2).text()).isEqualTo("minst 5");
        assertThat(c.bars().get(2).textY()).isEqualTo("134.0");
        assertThat(c.bars()).allMatch(b -> b.label() != null);
        assertThat(c.showValues()).isTrue();
        assertThat(c.width()).isEqualTo(720);
        assertThat(c.height()).isEqualTo(300);
    }

    @Test
    void manyBarsGetEverySecondLabelAndNoValuesAndNothingIsDividedByZero() {
        List<BarChart.Value> values = IntStream.range(0, 24).mapToObj(i -> new BarChart.Value("m" + i, 0, "0")).toList();
        BarChart c = BarChart.of("t", "d", values);
        assertThat(c.bars()).hasSize(24);
        assertThat(c.bars().get(0).label()).isEqualTo("m0");
        assertThat(c.bars().get(1).label()).isNull();
        assertThat(c.bars().get(2).label()).isEqualTo("m2");
        assertThat(c.showValues()).isFalse();
        assertThat(c.ticks()).extracting(BarChart.Tick::text).containsExactly("0", "1");
        assertThat(BarChart.of("t", "d", List.of()).bars()).isEmpty();
    }
}
