package se.bokvar.bench.intake;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Complete, valid termination notices for the benchmark: unique references, valid personnummer (Luhn), addresses in
 * Nordost's postal codes (415xx, 424xx in the sample routing table) so that every notice becomes a case.
 */
final class NoticeGenerator {

    private final String runId;
    private final SplittableRandom random;
    private final LocalDate servedOn;

    NoticeGenerator(String runId, long seed, LocalDate servedOn) {
        this.runId = runId;
        this.random = new SplittableRandom(seed);
        this.servedOn = servedOn;
    }

    String reference(int i) {
        return "BENCH-" + runId + "-" + i;
    }

    synchronized String termination(int i) {
        int postal = random.nextBoolean() ? 41500 + random.nextInt(100) : 42400 + random.nextInt(100);
        int rent = 4000 + random.nextInt(9000);
        int months = 1 + random.nextInt(4);
        return """
                {"tenure":"RENTAL","landlordReference":"%s",\
                "tenants":[{"personalIdentityNumber":"%s","name":"Testperson %d"}],\
                "address":{"street":"Benchgatan %d","postalCode":"%d","city":"Göteborg","flatNumber":"%d"},\
                "rooms":%d,"areaSquareMetres":%d,"leaseType":"förstahandskontrakt","monthlyRent":%d,"debtAmount":%d,\
                "monthsInArrears":%d,"servedOn":"%s","childrenKnown":"UNKNOWN",\
                "contactPerson":{"name":"Bänkande Förvaltare","phone":"031-123 45 67","email":"bench@hemma.example"}}"""
                .formatted(reference(i), personnummer(), i, 1 + random.nextInt(200), postal, 1000 + random.nextInt(9000),
                        1 + random.nextInt(5), 25 + random.nextInt(100), rent, rent * months, months, servedOn);
    }

    /** A valid 12-digit personnummer (born 1940-1999) with its Luhn check digit. */
    String personnummer() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 60));
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + random.nextInt(998));
        return birth.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
