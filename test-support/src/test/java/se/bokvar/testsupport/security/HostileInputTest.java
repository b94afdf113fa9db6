package se.bokvar.testsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.testsupport.security.HostileInput.Kind;
import se.bokvar.testsupport.security.HostileInput.Move;

class HostileInputTest {

    private static final String BODY = "{\"tenure\":\"RENTAL\",\"tenants\":[{\"personalIdentityNumber\":\"19850315-2384\","
            + "\"name\":\"Anna\"}],\"address\":{\"street\":\"Storgatan 1\"}}";

    /**
     * The CI run of 6758ed9 drew deep nesting inside an array element and then a large copy of that array: 6 MB, and
     * the largest combination (50,000 levels, 5,000 copies, or huge text copied) would be gigabytes. Every
     * combination stays an over-large body of at most {@link HostileInput#MAX_BODY} plus one element.
     */
    @Test
    void copiedArraysOfHugeValuesStayBelowTheCap() {
        HostileInput input = new HostileInput(new ApiOperation("POST", "/x", List.of(), "application/json", null),
                CellRequest.create().body(BODY));
        long largest = 0;
        for (Kind first : List.of(Kind.DEEP_NESTING, Kind.HUGE_TEXT)) {
            int variants = first == Kind.DEEP_NESTING ? HostileInput.DEPTHS.size() : HostileInput.HUGE.size();
            for (int target = 0; target < 8; target++) {
                for (int variant = 0; variant < variants; variant++) {
                    for (int size = 0; size < HostileInput.ARRAY_SIZES.size(); size++) {
                        HostileInput.Hostile h = input.apply(List.of(new Move(first, target, variant, "x", 0),
                                new Move(Kind.ARRAY_SIZE, 0, size, "x", 0)));
                        largest = Math.max(largest, h.body().length);
                        assertThat(h.body().length).as("%s", h).isLessThanOrEqualTo(HostileInput.MAX_BODY + 1_000_000);
                    }
                }
            }
        }
        // the cap still leaves bodies far over every ceiling (4 MiB), which must get a 413
        assertThat(largest).isGreaterThan(8L * 1024 * 1024);
    }
}
