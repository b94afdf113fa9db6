package se.bokvar.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodeTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(value = {"41101", "411 01", " 411 01 ", "\t41101\n"}, ignoreLeadingAndTrailingWhitespace = false)
    void accepted(String input) {
        PostalCode code = PostalCode.parse(input);
        assertThat(code.value()).isEqualTo("41101");
        assertThat(code.formatted()).isEqualTo("411 01");
        assertThat(code.toString()).isEqualTo("411 01");
        assertThat(PostalCode.isValid(input)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(value = {
        "''", "' '", "01101", "011 01", "4110", "411011", "41 101", "4110 1", "411  01", "411-01", "SE-41101",
        "4110A", "４１１０１", "411\t01",
    }, ignoreLeadingAndTrailingWhitespace = false)
    void rejected(String input) {
        assertThatThrownBy(() -> PostalCode.parse(input))
                .isInstanceOf(InvalidPostalCodeException.class)
                .hasMessageContaining("five digits");
        assertThat(PostalCode.isValid(input)).isFalse();
    }

    @Test
    void messageDoesNotEchoTheInput() {
        assertThatThrownBy(() -> PostalCode.parse("98765X")).hasMessageNotContaining("98765");
    }

    @Test
    void boundaries() {
        assertThat(PostalCode.parse("10000").value()).isEqualTo("10000");
        assertThat(PostalCode.parse("99999").formatted()).isEqualTo("999 99");
        assertThat(PostalCode.parse("10000").number()).isEqualTo(10000);
    }

    @Test
    void valueSemanticsAndOrder() {
        PostalCode a = PostalCode.parse("41101");
        assertThat(a).isEqualTo(PostalCode.parse("411 01")).hasSameHashCodeAs(PostalCode.parse("411 01"));
        assertThat(a.hashCode()).isEqualTo("41101".hashCode());
        assertThat(a).isNotEqualTo(PostalCode.parse("41102")).isNotEqualTo("41101").isNotEqualTo(null);
        assertThat(a.compareTo(PostalCode.parse("41102"))).isNegative();
        assertThat(PostalCode.parse("41102").compareTo(a)).isPositive();
        assertThat(a.compareTo(PostalCode.parse("411 01"))).isZero();
    }

    @Test
    void nulls() {
        assertThatNullPointerException().isThrownBy(() -> PostalCode.parse(null));
        assertThat(PostalCode.isValid(null)).isFalse();
    }
}
