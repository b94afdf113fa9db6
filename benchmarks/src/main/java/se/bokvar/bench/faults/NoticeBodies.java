package se.bokvar.bench.faults;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

import se.bokvar.bench.common.NoticeJson;
import se.bokvar.bench.common.Personnummer;

/**
 * Valid notices for the fault run: unique references, valid personnummer (born 1950-2000, Luhn check digit), a
 * Nordost address (postal codes 415xx in the SAMPLE routing table) with a flat number of its own, so that each
 * notice is a household of its own and becomes a case of its own.
 */
final class NoticeBodies {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final NoticeJson.Contact CONTACT = new NoticeJson.Contact("Karin Förvaltare", "faults@hemma.example");

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
        String personnummer = personnummer();
        NoticeJson.Address address = address("L", i);
        int rooms = 1 + random.nextInt(5);
        int area = 25 + random.nextInt(100);
        return NoticeJson.termination(landlordReference(i), personnummer, i, address, rooms, area, rent, months,
                today.minusDays(random.nextInt(10)), CONTACT);
    }

    /**
     * An eviction notice for tomorrow at 09:00 (Kronofogden sends only future evictions): the eviction is within the
     * two days before it that make it near, so every eviction case has a near alert to announce, exactly once.
     */
    synchronized String eviction(int i) {
        OffsetDateTime evictionAt = ZonedDateTime.now(STOCKHOLM).plusDays(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0).toOffsetDateTime();
        String personnummer = personnummer();
        return NoticeJson.eviction(kfmCaseNumber(i), personnummer, i, address("K", i), evictionAt);
    }

    /** Felgatan 1-200, postal code 415 00-99, flat {@code prefix + i}: a household of its own. */
    private NoticeJson.Address address(String flatPrefix, int i) {
        int street = 1 + random.nextInt(200);
        return new NoticeJson.Address("Felgatan " + street, String.format("415 %02d", random.nextInt(100)), flatPrefix + i);
    }

    /** A valid personnummer, YYYYMMDD-NNNC, born 1950-2000. */
    String personnummer() {
        return Personnummer.random(random, 1950, 50);
    }
}
