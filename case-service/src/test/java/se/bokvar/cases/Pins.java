package se.bokvar.cases;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import se.bokvar.rules.identity.PersonalIdentityNumbers;

/**
 * Valid, distinct test personnummer (12 digits), born 1980–1989: a sequence of birth dates and birth numbers, made
 * into numbers (with the check digit) by legal-rules' {@link PersonalIdentityNumbers}.
 */
public final class Pins {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000));

    private Pins() {
    }

    /** A fresh valid personnummer. */
    public static String next() {
        int n = NEXT.incrementAndGet();
        int year = 1980 + n % 10;
        int month = 1 + n / 10 % 12;
        int day = 1 + n / 120 % 28;
        int serial = 100 + n % 900;
        return PersonalIdentityNumbers.of(LocalDate.of(year, month, day), serial);
    }
}
