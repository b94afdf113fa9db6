package se.bokvar.bench.common;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Valid Swedish personal identity numbers for synthetic tenants: YYYYMMDD-NNNC with the Luhn check digit C. */
public final class Personnummer {

    private Personnummer() {
    }

    /** A valid 12-digit personnummer, born on a random day of the {@code years} years from 1 January {@code fromYear}. */
    public static String random(SplittableRandom random, int fromYear, int years) {
        LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * years));
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + random.nextInt(998));
        return birth.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
    }

    /** The Luhn check digit of the nine digits YYMMDDNNN. */
    public static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
