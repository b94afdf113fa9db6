package se.bokvar.testsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.rules.household.AddressNormalizer;

/** The generator draws what each shape promises, and the sweep finds every text field of a body. */
class HostileTextTest {

    private static final int MAX = 40;

    @ParameterizedTest
    @EnumSource(HostileText.Shape.class)
    void everyShapeDrawsNonEmptyTextReproducibly(HostileText.Shape shape) {
        for (int seed = 0; seed < 50; seed++) {
            String a = HostileText.draw(shape, new Random(seed), MAX);
            String b = HostileText.draw(shape, new Random(seed), MAX);
            assertThat(a).as("%s seed %d", shape, seed).isNotEmpty().isEqualTo(b);
        }
    }

    @Test
    void categoryShapesDrawOnlyFromTheirCategory() {
        check(HostileText.Shape.PUNCTUATION, c -> Character.getType(c) >= Character.DASH_PUNCTUATION
                && Character.getType(c) <= Character.OTHER_PUNCTUATION || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION);
        check(HostileText.Shape.SYMBOLS, c -> Character.getType(c) >= Character.MATH_SYMBOL && Character.getType(c) <= Character.OTHER_SYMBOL);
        check(HostileText.Shape.DIGITS, Character::isDigit);
        check(HostileText.Shape.WHITESPACE, c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85);
        check(HostileText.Shape.COMBINING_MARKS, c -> Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK);
        check(HostileText.Shape.FORMAT_AND_BIDI, c -> Character.getType(c) == Character.FORMAT);
    }

    /** The shapes that name nothing are exactly those the services must refuse in a naming field. */
    @Test
    void shapesWithoutLettersOrDigitsNameNothing() {
        Random random = new Random(7);
        for (HostileText.Shape shape : List.of(HostileText.Shape.PUNCTUATION, HostileText.Shape.SYMBOLS,
                HostileText.Shape.OTHER_NUMBERS, HostileText.Shape.WHITESPACE, HostileText.Shape.COMBINING_MARKS,
                HostileText.Shape.FORMAT_AND_BIDI)) {
            for (int i = 0; i < 200; i++) {
                String text = HostileText.draw(shape, random, MAX);
                assertThat(AddressNormalizer.hasLetterOrDigit(text)).as("%s: %s", shape, HostileInput.printable(text, 40))
                        .isFalse();
            }
        }
        assertThat(HostileText.FOUND).contains(".", "-,", "\\", "<>?:\"{}|_+", "⅛⅜⅝⅞", "⁰⁴⁵");
    }

    @Test
    void lengthsAtAndPastTheMaximum() {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            assertThat(HostileText.draw(HostileText.Shape.AT_MAXIMUM, random, MAX)).hasSize(MAX);
            assertThat(HostileText.draw(HostileText.Shape.PAST_MAXIMUM, random, MAX).length()).isGreaterThan(MAX);
            String other = HostileText.draw(HostileText.Shape.MAXIMUM_BY_OTHER_MEASURES, random, MAX);
            assertThat(other.length()).isEqualTo(MAX);
            assertThat(other.codePointCount(0, other.length()) < MAX
                    || java.text.Normalizer.normalize(other, java.text.Normalizer.Form.NFKC).length() > MAX).isTrue();
        }
        assertThat(HostileText.cut("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }

    @Test
    void theSweepFindsNestedArrayAndUndocumentedFields() throws Exception {
        JsonNode schema = TextSweep.JSON.readTree("""
                { "type": "object", "properties": {
                    "reference": { "type": "string", "maxLength": 64, "pattern": "\\\\S" },
                    "kind": { "type": "string", "enum": ["A", "B"] },
                    "comment": { "type": "string" },
                    "count": { "type": "integer" },
                    "address": { "type": "object", "properties": {
                        "street": { "type": "string", "maxLength": 200 }, "flatNumber": { "type": "string", "maxLength": 20 } } },
                    "items": { "type": "array", "items": { "type": "object", "properties": {
                        "name": { "type": "string", "maxLength": 100 } } } } } }""");
        JsonNode body = TextSweep.JSON.readTree("""
                { "reference": "R-1", "kind": "A", "count": 2, "address": { "street": "Gatan 1" },
                  "items": [ { "name": "Anna" }, { "name": "Bo" } ] }""");
        List<TextSweep.TextField> fields = TextSweep.fields(body, schema);
        assertThat(fields).extracting(TextSweep.TextField::pointer).containsExactlyInAnyOrder("/reference", "/kind",
                "/address/street", "/address/flatNumber", "/items/0/name", "/items/1/name", "/comment");
        assertThat(fields).filteredOn(f -> f.pointer().equals("/reference")).singleElement()
                .satisfies(f -> assertThat(f.plain()).isTrue()).satisfies(f -> assertThat(f.maxLength()).isEqualTo(64));
        assertThat(fields).filteredOn(f -> f.pointer().equals("/kind")).singleElement()
                .satisfies(f -> assertThat(f.plain()).isFalse());
    }

    private static void check(HostileText.Shape shape, IntPredicate category) {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            String text = HostileText.draw(shape, random, MAX);
            assertThat(text.codePoints().allMatch(category)).as("%s: %s", shape, HostileInput.printable(text, 40)).isTrue();
        }
    }
}
