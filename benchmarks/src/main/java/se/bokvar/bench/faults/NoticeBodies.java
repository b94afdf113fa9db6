package se.bokvar.bench.faults;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * Valid notices for the fault run: unique references, valid personnummer (born 1950-2000, Luhn check digit), a
 * Nordost address (postal codes 415xx in the SAMPLE routing table) with a flat number of its own, so that each
 * notice is a household of its own and becomes a case of its own.
 */
final class NoticeBodies {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final String runId;
    private final SplittableRandom random;

    NoticeBodies(String runId, long seed) {
        this.runId = runId;
        this.random = new SplittableRandom(seed);
    }

    String landlordReference(int i) {
        return "FAULT-" + runId + "-" + i;
    }

    /** Kronofogden's case number: 3-40 letters, digits and dashes. */
    String kfmCaseNumber(int i) {
        return "F" + runId + "-" + i;
    }

    synchronized String termination(int i) {
        LocalDate today = LocalDate.now(STOCKHOLM);
        int rent = 4000 + random.nextInt(9000);
        int months = 1 + random.nextInt(4);
        return """
                {"tenure":"RENTAL","landlordReference":"%s",\
                "tenants":[{"personalIdentityNumber":"%s","name":"Testperson %d"}],\
                "address":{"street":"Felgatan %d","postalCode":"415 %02d","city":"Göteborg","flatNumber":"L%d"},\
                "rooms":%d,"areaSquareMetres":%d,"leaseType":"förstahandskontrakt","monthlyRent":%d,"debtAmount":%d,\
                "monthsInArrears":%d,"servedOn":"%s","childrenKnown":"UNKNOWN",\
                "contactPerson":{"name":"Karin Förvaltare","phone":"031-123 45 67","email":"faults@hemma.example"}}"""
                .formatted(landlordReference(i), personnummer(), i, 1 + random.nextInt(200), random.nextInt(100), i,
                        1 + random.nextInt(5), 25 + random.nextInt(100), rent, rent * months, months,
                        today.minusDays(random.nextInt(10)));
    }

    /**
     * An eviction notice for tomorrow at 09:00 (Kronofogden sends only future evictions): the eviction is within the
     * two days before it that make it near, so every eviction case has a near alert to announce, exactly once.
     */
    synchronized String eviction(int i) {
        OffsetDateTime evictionAt = ZonedDateTime.now(STOCKHOLM).plusDays(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime();
        return """
                {"kfmCaseNumber":"%s",\
                "tenants":[{"personalIdentityNumber":"%s","name":"Testperson K%d"}],\
                "address":{"street":"Felgatan %d","postalCode":"415 %02d","city":"Göteborg","flatNumber":"K%d"},\
                "applicant":{"name":"Hemma Bostäder AB","organisationNumber":"556677-8899"},\
                "evictionAt":"%s",\
                "kfmContact":{"name":"Karl Kronofogde","phone":"0771-73 73 00","email":"karl.kronofogde@kronofogden.example"},\
                "childrenKnown":"UNKNOWN"}"""
                .formatted(kfmCaseNumber(i), personnummer(), i, 1 + random.nextInt(200), random.nextInt(100), i, evictionAt);
    }

    /** A valid personnummer, YYYYMMDD-NNNC, born 1950-2000. */
    String personnummer() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
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
