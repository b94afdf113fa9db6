package se.bokvar.rules.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.bokvar.rules.identity.TestNumbers.ten;
import static se.bokvar.rules.identity.TestNumbers.twelve;
import static se.bokvar.rules.identity.TestNumbers.wrongCheckDigit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.bokvar.rules.identity.InvalidPersonalIdentityNumberException.Reason;

class PersonalIdentityNumberTest {

    /** Sunday 2026-11-22, midday in Stockholm. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T11:00:00Z"), ZoneOffset.UTC);

    private static PersonalIdentityNumber parse(String input) {
        return PersonalIdentityNumber.parse(input, TODAY);
    }

    private static Reason reasonFor(String input) {
        InvalidPersonalIdentityNumberException e = catchThrowableOfType(
                InvalidPersonalIdentityNumberException.class, () -> parse(input));
        assertThat(e).as("expected %s to be rejected", input).isNotNull();
        assertThat(PersonalIdentityNumber.isValid(input, TODAY)).isFalse();
        return e.reason();
    }

    @Test
    void everyWrittenFormOfANumberAndThePlusFormsOnlyAtAHundred() {
        PersonalIdentityNumber maria = parse("19850315-2384");
        assertThat(maria.writtenForms(LocalDate.of(2026, 11, 22)))
                .containsExactly("198503152384", "19850315-2384", "8503152384", "850315-2384");
        for (String form : maria.writtenForms(LocalDate.of(2026, 11, 22))) {
            assertThat(parse(form)).isEqualTo(maria);
        }
        PersonalIdentityNumber old = parse(twelve("19250301", "123"));
        String c = old.canonical();
        assertThat(old.writtenForms(LocalDate.of(2025, 2, 28))).hasSize(4);
        assertThat(old.writtenForms(LocalDate.of(2025, 3, 1))).hasSize(6)
                .contains(c.substring(2, 8) + "+" + c.substring(8), c.substring(0, 8) + "+" + c.substring(8));
    }

    @Test
    void luhnHelperAgreesWithAKnownTestNumber() {
        // 121212-1212 is the classic fictitious example number
        assertThat(TestNumbers.luhn("121212121")).isEqualTo(2);
        assertThat(parse("121212-1212").canonical()).isEqualTo("201212121212");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("validForms")
    void validForms(String input, String canonical, LocalDate birthDate) {
        PersonalIdentityNumber number = parse(input);
        assertThat(number.canonical()).isEqualTo(canonical);
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.isCoordinationNumber()).isFalse();
        assertThat(PersonalIdentityNumber.isValid(input, TODAY)).isTrue();
    }

    static Stream<Arguments> validForms() {
        String canonical = twelve("19850315", "982");
        LocalDate born = LocalDate.of(1985, 3, 15);
        String ten = canonical.substring(2);
        return Stream.of(
                Arguments.of(canonical, canonical, born),
                Arguments.of(canonical.substring(0, 8) + "-" + canonical.substring(8), canonical, born),
                Arguments.of(ten, canonical, born),
                Arguments.of(ten.substring(0, 6) + "-" + ten.substring(6), canonical, born),
                Arguments.of("  " + ten + "\t\n", canonical, born),
                Arguments.of(" " + canonical + " ", canonical, born));
    }

    @ParameterizedTest(name = "{0} on 2026-11-22 is born {1}")
    @CsvSource({
        "261201, -, 1926-12-01", // birthday later this year: previous century (the library says 2026)
        "261201, '', 1926-12-01",
        "261123, -, 1926-11-23", // tomorrow: previous century
        "261122, -, 2026-11-22", // born today: under 100
        "261121, -, 2026-11-21",
        "260101, -, 2026-01-01",
        "270101, -, 1927-01-01",
        "991231, -, 1999-12-31",
        "000229, -, 2000-02-29",
        "250601, -, 2025-06-01",
        "261122, +, 1926-11-22", // exactly 100 today
        "261121, +, 1926-11-21",
        "261123, +, 1826-11-23", // 100 tomorrow, so + means 200 years
        "270101, +, 1827-01-01",
        "250601, +, 1925-06-01",
    })
    void centuryOfTenDigitNumbers(String yymmdd, String separator, LocalDate birthDate) {
        PersonalIdentityNumber number = parse(ten(yymmdd, separator, "990"));
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.canonical()).startsWith(birthDate.toString().replace("-", ""));
    }

    @Test
    void centuryUsesTheStockholmDateNotTheClocksZone() {
        String number = ten("261122", "-", "990");
        // 23:30 UTC on the 21st is already the 22nd in Stockholm
        Clock utcEvening = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("UTC"));
        assertThat(PersonalIdentityNumber.parse(number, utcEvening).birthDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        Clock utcEarlier = Clock.fixed(Instant.parse("2026-11-21T22:30:00Z"), ZoneId.of("UTC"));
        assertThat(PersonalIdentityNumber.parse(number, utcEarlier).birthDate()).isEqualTo(LocalDate.of(1926, 11, 22));
    }

    @Test
    void twelveDigitsWithPlusRequireOneHundredYears() {
        assertThat(parse(withPlus(twelve("19261122", "991"))).birthDate()).isEqualTo(LocalDate.of(1926, 11, 22));
        assertThat(parse(withPlus(twelve("19000101", "991"))).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(reasonFor(withPlus(twelve("19261123", "991")))).isEqualTo(Reason.CENTURY_MARKER);
        assertThat(reasonFor(withPlus(twelve("19850315", "982")))).isEqualTo(Reason.CENTURY_MARKER);
        // with '-' or no separator, age does not matter
        assertThat(parse(withMinus(twelve("19000101", "991"))).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(parse(twelve("19000101", "991")).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void aBirthDateAfterTodayIsInvalid() {
        assertThat(parse(twelve("20261122", "982")).birthDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(reasonFor(twelve("20261123", "982"))).isEqualTo(Reason.FUTURE_DATE);
        assertThat(reasonFor(twelve("20270101", "982"))).isEqualTo(Reason.FUTURE_DATE);
        assertThat(reasonFor(twelve("20261183", "982"))).isEqualTo(Reason.FUTURE_DATE); // samordningsnummer
    }

    @Test
    void coordinationNumbers() {
        PersonalIdentityNumber number = parse(ten("701063", "-", "989"));
        assertThat(number.isCoordinationNumber()).isTrue();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
        assertThat(number.canonical()).startsWith("19701063");
        assertThat(number.masked()).isEqualTo("19701063-****");

        assertThat(parse(twelve("19700161", "989")).birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(parse(twelve("19700191", "989")).birthDate()).isEqualTo(LocalDate.of(1970, 1, 31));
        assertThat(parse(twelve("20000289", "989")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(parse(ten("261182", "-", "989")).birthDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(parse(ten("261183", "-", "989")).birthDate()).isEqualTo(LocalDate.of(1926, 11, 23));
        assertThat(parse(twelve("19700131", "989")).isCoordinationNumber()).isFalse();

        assertThat(reasonFor(twelve("19700160", "989"))).isEqualTo(Reason.DATE); // day 0
        assertThat(reasonFor(twelve("19700192", "989"))).isEqualTo(Reason.DATE); // day 32
        assertThat(reasonFor(twelve("19700491", "989"))).isEqualTo(Reason.DATE); // 31 April
        assertThat(reasonFor(twelve("19000289", "989"))).isEqualTo(Reason.DATE); // 1900 is not a leap year
    }

    @ParameterizedTest(name = "date {0}")
    @CsvSource({
        "19850015", "19851315", "19850100", "19850132", "19850230", "19850229", "19000229", "19850431",
        "19850150", "19850199",
    })
    void invalidDatesInTwelveDigits(String yyyymmdd) {
        assertThat(reasonFor(twelve(yyyymmdd, "982"))).isEqualTo(Reason.DATE);
    }

    @ParameterizedTest(name = "date {0}")
    @CsvSource({"850015", "851315", "850100", "850132", "850230", "010229", "850160", "850199"})
    void invalidDatesInTenDigits(String yymmdd) {
        assertThat(reasonFor(ten(yymmdd, "-", "982"))).isEqualTo(Reason.DATE);
        assertThat(reasonFor(ten(yymmdd, "+", "982"))).isEqualTo(Reason.DATE);
    }

    @Test
    void leapDayInTenDigitsDependsOnTheResolvedCentury() {
        assertThat(parse(ten("000229", "-", "982")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(reasonFor(ten("000229", "+", "982"))).isEqualTo(Reason.DATE); // 1900-02-29 does not exist
    }

    @Test
    void aWrongCheckDigitIsRejected() {
        assertThat(reasonFor(wrongCheckDigit(twelve("19850315", "982")))).isEqualTo(Reason.CHECK_DIGIT);
        assertThat(reasonFor(wrongCheckDigit(ten("850315", "-", "982")))).isEqualTo(Reason.CHECK_DIGIT);
        assertThat(reasonFor(wrongCheckDigit(ten("701063", "", "989")))).isEqualTo(Reason.CHECK_DIGIT);
        // every wrong digit is caught
        String valid = twelve("19850315", "982");
        for (int digit = 0; digit <= 9; digit++) {
            String candidate = valid.substring(0, 11) + digit;
            assertThat(PersonalIdentityNumber.isValid(candidate, TODAY)).isEqualTo(candidate.equals(valid));
        }
    }

    @ParameterizedTest(name = "format: [{0}]")
    @CsvSource(value = {
        "''", "' '", "850315 9822", "850315--9822", "850315_9822", "850315/9822", "850315.9822",
        "85031598", "851315982", "85031598221", "1985031598221", "198503159822 1", "8503159822+",
        "+8503159822", "850315-982", "850315-98221", "85031-59822", "19850315--9822", "1985-03-15-9822",
        "850315-T982", "850315-9T82", "85O315-9822", "ABCDEFGHIJ", "８５０３１５９８２２", "٨٥٠٣١٥-٩٨٢٢",
        "850315+-9822", "850315 -9822", "850315- 9822",
    }, ignoreLeadingAndTrailingWhitespace = false)
    void badFormats(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.FORMAT);
    }

    @Test
    void birthNumber000IsInvalid() {
        assertThat(reasonFor(twelve("19850315", "000"))).isEqualTo(Reason.FORMAT);
        assertThat(reasonFor(ten("850315", "-", "000"))).isEqualTo(Reason.FORMAT);
        assertThat(parse(twelve("19850315", "001")).canonical()).isEqualTo(twelve("19850315", "001"));
    }

    @Test
    void noExceptionMessageContainsTheInput() {
        List<String> inputs = new ArrayList<>(List.of(
                "850315 9822", "85031598221", "850315-T982", "8503159822+"));
        inputs.add(wrongCheckDigit(twelve("19850315", "982")));
        inputs.add(wrongCheckDigit(ten("850315", "-", "982")));
        inputs.add(twelve("19851315", "982"));
        inputs.add(ten("851315", "-", "982"));
        inputs.add(twelve("20261123", "982"));
        inputs.add(withPlus(twelve("19850315", "982")));
        inputs.add(twelve("19850315", "000"));
        for (String input : inputs) {
            InvalidPersonalIdentityNumberException e = catchThrowableOfType(
                    InvalidPersonalIdentityNumberException.class, () -> parse(input));
            String digits = input.replaceAll("[^0-9]", "");
            assertThat(e.getMessage()).isEqualTo(e.reason().message());
            assertThat(e.getMessage()).doesNotContain(input).doesNotContain(digits)
                    .doesNotContain(digits.substring(digits.length() - 4))
                    .doesNotContain(digits.substring(0, 6))
                    .doesNotContainPattern("[0-9]{3,}");
            assertThat(e.toString()).doesNotContain(digits.substring(digits.length() - 4));
            assertThat(e.getCause()).isNull();
        }
        for (Reason reason : Reason.values()) {
            assertThat(reason.message()).isNotBlank().doesNotContainPattern("[0-9]{3,}");
        }
    }

    @Test
    void maskedAndToStringHideTheLastFour() {
        String canonical = twelve("19850315", "982");
        PersonalIdentityNumber number = parse(canonical);
        assertThat(number.masked()).isEqualTo("19850315-****");
        assertThat(number.toString()).isEqualTo("19850315-****").doesNotContain(canonical.substring(8));
    }

    @Test
    void equalityIsOnTheCanonicalForm() {
        String canonical = twelve("19850315", "982");
        PersonalIdentityNumber a = parse(canonical);
        PersonalIdentityNumber b = parse(canonical.substring(2, 8) + "-" + canonical.substring(8));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(canonical.hashCode());
        assertThat(a).isNotEqualTo(parse(twelve("19850315", "983")));
        assertThat(a).isNotEqualTo(canonical).isNotEqualTo(null);
    }

    @Test
    void ageOn() {
        PersonalIdentityNumber number = parse(twelve("20100315", "982"));
        assertThat(number.ageOn(LocalDate.of(2026, 3, 14))).isEqualTo(15);
        assertThat(number.ageOn(LocalDate.of(2026, 3, 15))).isEqualTo(16);
        assertThatNullPointerException().isThrownBy(() -> number.ageOn(null));
    }

    @Test
    void nulls() {
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentityNumber.parse(null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentityNumber.parse("8503159822", null))
                .withMessage("clock must not be null");
        assertThat(PersonalIdentityNumber.isValid(null, TODAY)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> PersonalIdentityNumber.isValid("8503159822", null));
        assertThatNullPointerException().isThrownBy(() -> new InvalidPersonalIdentityNumberException(null));
    }

    private static String withPlus(String twelve) {
        return twelve.substring(0, 8) + "+" + twelve.substring(8);
    }

    private static String withMinus(String twelve) {
        return twelve.substring(0, 8) + "-" + twelve.substring(8);
    }
}
