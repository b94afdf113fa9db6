package se.bokvar.rules.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressNormalizerTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Storgatan 12 B|STORGATAN 12 B",
        "  storgatan   12  b |STORGATAN 12 B",
        "Storgatan 12, b|STORGATAN 12 B",
        "Storgatan 12-14|STORGATAN 12 14",
        "Storg. 5|STORG 5",
        "Storg.5|STORG 5",
        "södra vägen 5|SÖDRA VÄGEN 5",
        "Åvägen 1|ÅVÄGEN 1",
        "Linnégatan 3|LINNÉGATAN 3",
        "lgh 1102|LGH 1102",
        "'...'|''",
        "' '|''",
    })
    void normalize(String input, String expected) {
        assertThat(AddressNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void tabsAndNewlinesAreWhitespace() {
        assertThat(AddressNormalizer.normalize("STORGATAN\t12\r\nB")).isEqualTo("STORGATAN 12 B");
    }

    @Test
    void composedAndDecomposedLettersAreTheSame() {
        String composed = "S\u00f6dra v\u00e4gen";
        String decomposed = "So\u0308dra va\u0308gen";
        assertThat(AddressNormalizer.normalize(decomposed)).isEqualTo(AddressNormalizer.normalize(composed))
                .isEqualTo("SÖDRA VÄGEN");
    }

    @Test
    void idempotent() {
        for (String text : new String[] {" a.b-c  d ", "Ölandsgatan 4 A", "x\u00a0y"}) {
            String once = AddressNormalizer.normalize(text);
            assertThat(AddressNormalizer.normalize(once)).isEqualTo(once);
        }
        assertThat(AddressNormalizer.normalize("x\u00a0y")).isEqualTo("X Y");
    }

    @Test
    void swedishLocaleUppercase() {
        // the Turkish dotless-i rule must not apply whatever the default locale
        assertThat(AddressNormalizer.normalize("idrottsvägen")).isEqualTo("IDROTTSVÄGEN");
        assertThatNullPointerException().isThrownBy(() -> AddressNormalizer.normalize(null));
    }
}
