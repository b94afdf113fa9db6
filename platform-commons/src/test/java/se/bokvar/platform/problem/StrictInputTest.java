package se.bokvar.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;

class StrictInputTest {

    record Inner(String name) {
    }

    record Outer(List<Inner> items, String note) {
    }

    final ObjectMapper mapper = new ObjectMapper().registerModule(new StrictTextModule());

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRejectedWithTheFieldsPath() {
        assertThatThrownBy(() -> mapper.readValue("{\"items\":[{\"name\":\"ok\"},{\"name\":\"a\\u0000b\"}],\"note\":\"x\"}", Outer.class))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> {
                    Problem p = JsonProblems.describe(e);
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("items[1].name");
                    assertThat(p.errors().get(0).message()).contains("control characters");
                });
        assertThatThrownBy(() -> mapper.readValue("{\"items\":[],\"note\":\"\\ud800x\"}", Outer.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(JsonProblems.describe(e).errors().get(0).field()).isEqualTo("note"));
    }

    @Test
    void ordinaryTextWithLineBreaksTabsAndEmojiPasses() throws Exception {
        Outer o = mapper.readValue("{\"items\":[{\"name\":\"Åsa \\uD83D\\uDE00\"}],\"note\":\"rad 1\\nrad 2\\tx\"}", Outer.class);
        assertThat(o.note()).isEqualTo("rad 1\nrad 2\tx");
        assertThat(StrictTextModule.problemWith("\u007f")).isNull();
        assertThat(StrictTextModule.problemWith("\u001b[31m")).isNotNull();
        assertThat(StrictTextModule.problemWith("\udc00")).isNotNull();
    }

    @Test
    void bodyLimitsPerPathStayBelowTheCeiling() {
        BodySizeLimits limits = new BodySizeLimits(Optional.of(new MemorySize(java.math.BigInteger.valueOf(4_000_000L))),
                Optional.of(new MemorySize(java.math.BigInteger.valueOf(256_000L))),
                Optional.of(List.of("/api/v1/notices/batch:4M", "/huge:1G")), Optional.empty(), new ObjectMapper());
        assertThat(limits.limitFor("/api/v1/notices/termination-unpaid-rent")).isEqualTo(256_000L);
        assertThat(limits.limitFor("/api/v1/notices/batch")).isEqualTo(4_000_000L);
        assertThat(limits.limitFor("/api/v1/notices/batch/")).isEqualTo(4_000_000L);
        assertThat(limits.limitFor("/huge")).isEqualTo(4_000_000L);
        assertThat(BodySizeLimits.parse(List.of("/a:1K"), Long.MAX_VALUE)).isEqualTo(Map.of("/a", 1024L));
        assertThatThrownBy(() -> BodySizeLimits.parse(List.of("nopath"), 10)).isInstanceOf(IllegalArgumentException.class);
        BodySizeLimits defaults = new BodySizeLimits(Optional.of(new MemorySize(java.math.BigInteger.valueOf(1_048_576L))), Optional.empty(),
                Optional.empty(), Optional.empty(), new ObjectMapper());
        assertThat(defaults.limitFor("/anything")).isEqualTo(1_048_576L);
    }
}
