package se.bokvar.rules.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Random;

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

    /** The strings that gave 500s before the edge refused them (issue 12): none has a letter or digit. */
    @ParameterizedTest(name = "[{0}]")
    @org.junit.jupiter.params.provider.ValueSource(strings = { ".", "-,", "\\", "<>?:\"{}|_+", "\u215b\u215c\u215d\u215e",
        "\u2070\u2074\u2075", "", " ", "\u00a0\u2003\u3000", "\u0301\u0308", "\u200b\u200d\u2060\ufeff", "\u202e\u202c",
        "\ud83d\ude00\ud83c\udfe0", "\u2460\u2461", "\ud800", "%%", "'; --", "\u00b2\u00b3", "\u2163" })
    void textWithoutLetterOrDigit(String text) {
        assertThat(AddressNormalizer.hasLetterOrDigit(text)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "a", "7", "\uff11", "\u0661", "Å", "e\u0301", "\ud835\udd18",
        "\u30b8", "\u202eevil\u202c", "\u00a0x", "\u01c5" })
    void textWithALetterOrDigit(String text) {
        assertThat(AddressNormalizer.hasLetterOrDigit(text)).isTrue();
        assertThat(AddressNormalizer.normalize(text)).isNotEmpty();
    }

    /**
     * Totality over every code point alone and over random strings: neither method throws, and whatever has a
     * letter or digit normalises to something that can make a key (so {@link TenancyKeys} never refuses it).
     */
    @Test
    void totalOverEveryCodePointAndRandomText() {
        TenancyKeys keys = new TenancyKeys("0123456789abcdef0123".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        se.bokvar.rules.routing.PostalCode postalCode = se.bokvar.rules.routing.PostalCode.parse("41502");
        int withLetterOrDigit = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = new String(Character.toChars(c));
            String normalized = AddressNormalizer.normalize(text);
            if (AddressNormalizer.hasLetterOrDigit(text)) {
                withLetterOrDigit++;
                assertThat(normalized).as("U+%04X", c).isNotEmpty();
            }
        }
        assertThat(withLetterOrDigit).as("letters and digits in Unicode").isGreaterThan(100_000);
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                // half from the first planes, where most categories live; some unpaired surrogates on purpose
                text.appendCodePoint(random.nextBoolean() ? random.nextInt(0x3000) : random.nextInt(0x30000));
            }
            String s = text.toString();
            String normalized = AddressNormalizer.normalize(s);
            assertThat(AddressNormalizer.normalize(normalized)).as("idempotent").isEqualTo(normalized);
            if (AddressNormalizer.hasLetterOrDigit(s)) {
                assertThat(normalized).isNotEmpty();
                assertThat(keys.buildingKey(postalCode, s)).hasSize(64);
                assertThat(keys.tenancyKey(postalCode, s, s)).hasSize(64);
            }
        }
    }
}
