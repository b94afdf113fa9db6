package se.bokvar.rules.identity;

/**
 * Builds fictitious test numbers, including deliberately invalid dates and birth numbers, with a correct Luhn check
 * digit from {@link PersonalIdentityNumbers#checkDigit} (independent of the code under test, which has the wrapped
 * library check it; PersonalIdentityNumbersTest checks the two agree). The birth numbers used in the tests are in
 * the 98x–99x range, in the style of Skatteverket's published test numbers; none is a real person's number.
 */
final class TestNumbers {

    private TestNumbers() {
    }

    /** Luhn (mod 10) check digit of the nine digits YYMMDDNNN: the repository's one generator computes it. */
    static int luhn(String nineDigits) {
        return PersonalIdentityNumbers.checkDigit(nineDigits);
    }

    /** The 12-digit number YYYYMMDDNNNC for {@code yyyymmdd} and birth number {@code nnn}. */
    static String twelve(String yyyymmdd, String nnn) {
        return yyyymmdd + nnn + luhn(yyyymmdd.substring(2) + nnn);
    }

    /** The 10-digit number YYMMDD{separator}NNNC. */
    static String ten(String yymmdd, String separator, String nnn) {
        return yymmdd + separator + nnn + luhn(yymmdd + nnn);
    }

    /** The same number with its check digit changed (still a digit). */
    static String wrongCheckDigit(String number) {
        char last = number.charAt(number.length() - 1);
        return number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
