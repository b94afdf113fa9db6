package se.bokvar.cases;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct test personnummer (12 digits, Luhn check digit), born 1980–1989. */
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
        String nine = String.format("%02d%02d%02d%03d", year % 100, month, day, serial);
        return String.format("%04d%02d%02d%03d", year, month, day, serial) + luhn(nine);
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(i) - '0';
            int v = i % 2 == 0 ? d * 2 : d;
            sum += v > 9 ? v - 9 : v;
        }
        return (10 - sum % 10) % 10;
    }
}
