package se.bokvar.rules.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes valid personnummer and samordningsnummer for tests, demo data and load generators: the one generator of
 * the repository (the Luhn check digit is computed here as Skatteverket defines it). Every number it makes parses
 * with {@link PersonalIdentityNumber#parse} (given a clock on or after the birth date) and has the requested birth
 * date. Invented numbers may happen to be a real person's: use them for test and demo data only, and prefer birth
 * numbers 980–999 (the style of Skatteverket's published test numbers) where a fixed number is written down.
 */
public final class PersonalIdentityNumbers {

    /** The lowest and highest birth number (000 is never issued). */
    public static final int FIRST_SERIAL = 1;
    public static final int LAST_SERIAL = 999;

    private static final int COORDINATION_DAY_OFFSET = 60;

    private PersonalIdentityNumbers() {
    }

    /**
     * The Luhn (mod 10) check digit of the nine digits {@code YYMMDDNNN}, as Skatteverket computes it.
     *
     * @throws IllegalArgumentException if the argument is not nine digits
     */
    public static int checkDigit(String nineDigits) {
        Objects.requireNonNull(nineDigits, "nineDigits");
        if (!nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The personnummer of someone born on {@code birth} with birth number {@code serial}, in the canonical 12-digit
     * form {@code YYYYMMDDNNNC}.
     *
     * @throws IllegalArgumentException if {@code serial} is not 1–999 or the year is not 1000–9999
     */
    public static String of(LocalDate birth, int serial) {
        return number(birth, birth.getDayOfMonth(), serial, "");
    }

    /** {@link #of} written {@code YYYYMMDD-NNNC}. */
    public static String hyphenated(LocalDate birth, int serial) {
        return number(birth, birth.getDayOfMonth(), serial, "-");
    }

    /** The samordningsnummer (co-ordination number: the day plus 60) for {@code birth} and {@code serial}, 12 digits. */
    public static String coordinationNumber(LocalDate birth, int serial) {
        return number(birth, birth.getDayOfMonth() + COORDINATION_DAY_OFFSET, serial, "");
    }

    /**
     * A random personnummer (12 digits), born on a day between {@code earliest} and {@code latest} (both included),
     * with a birth number 1–999, drawn from {@code random} ({@link java.util.Random}, {@link java.util.SplittableRandom},
     * ...): the same seed gives the same numbers.
     */
    public static String random(RandomGenerator random, LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(random, "random");
        long days = ChronoUnit.DAYS.between(earliest, latest);
        if (days < 0) {
            throw new IllegalArgumentException("earliest is after latest");
        }
        LocalDate birth = earliest.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
        return of(birth, FIRST_SERIAL + random.nextInt(LAST_SERIAL));
    }

    private static String number(LocalDate birth, int writtenDay, int serial, String separator) {
        Objects.requireNonNull(birth, "birth");
        if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
            throw new IllegalArgumentException("birth number must be 1-999");
        }
        if (birth.getYear() < 1000 || birth.getYear() > 9999) {
            throw new IllegalArgumentException("year must have four digits");
        }
        String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), writtenDay);
        String nnn = String.format("%03d", serial);
        return date + separator + nnn + checkDigit(date.substring(2) + nnn);
    }
}
