package se.bokvar.web.caseworker.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart's geometry for a server-rendered SVG (no script, no inline style): the bars, the value axis with round
 * steps, and which category labels fit. Coordinates are in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT}),
 * formatted with a decimal point. The template draws it; the figures themselves are also in a table next to it.
 */
public record BarChart(String title, String description, int width, int height, String axisX1, String axisX2,
        String axisY, String tickLabelX, boolean showValues, List<Bar> bars, List<Tick> ticks) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 24;
    static final int BOTTOM = 48;
    /** At most this many category labels are written under the bars (and values over them); all are in the table. */
    static final int MAX_LABELS = 12;

    /** One category: its label and value; {@code text} is how the value is written (e.g. "minst 12"). */
    public record Value(String label, long value, String text) {
    }

    /** A bar and its labels; {@code label} null when it does not fit. */
    public record Bar(String label, String text, String x, String y, String width, String height, String centre,
            String labelY, String textY) {
    }

    /** A line of the value axis. */
    public record Tick(String text, String y) {
    }

    public static BarChart of(String title, String description, List<Value> values) {
        long max = values.stream().mapToLong(Value::value).max().orElse(0);
        long step = step(max);
        long axisMax = Math.max(step, (max + step - 1) / step * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double base = TOP + plotHeight;
        int n = Math.max(1, values.size());
        double slot = plotWidth / n;
        double barWidth = slot * 0.6;
        int every = (n + MAX_LABELS - 1) / MAX_LABELS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            double h = plotHeight * v.value() / axisMax;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(i % every == 0 ? v.label() : null, v.text(), num(x), num(base - h), num(barWidth), num(h),
                    num(LEFT + i * slot + slot / 2), num(base + 18), num(base - h - 4)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long t = 0; t <= axisMax; t += step) {
            ticks.add(new Tick(Long.toString(t), num(base - plotHeight * t / axisMax)));
        }
        return new BarChart(title, description, WIDTH, HEIGHT, num(LEFT), num(WIDTH - RIGHT), num(base), num(LEFT - 6),
                values.size() <= MAX_LABELS, List.copyOf(bars), List.copyOf(ticks));
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides the axis into at most four or five parts. */
    static long step(long max) {
        if (max <= 4) {
            return 1;
        }
        double rough = max / 4.0;
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
