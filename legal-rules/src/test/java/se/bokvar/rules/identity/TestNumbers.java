package se.bokvar.rules.identity;

/**
 * Builds fictitious test numbers with a correct Luhn check digit (computed here, independently of the code under
 * test and of the wrapped library). The birth numbers used in the tests are in the 98x–99x range, in the style of
 * Skatteverket's published test numbers; none is a real person's number.
 */
final class TestNumbers {

    private TestNumbers() {
    }

    /** Luhn (mod 10) check digit of the nine digits YYMMDDNNN. */
    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
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
