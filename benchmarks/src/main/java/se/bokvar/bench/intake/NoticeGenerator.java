package se.bokvar.bench.intake;

import java.time.LocalDate;
import java.util.SplittableRandom;

import se.bokvar.bench.common.NoticeJson;
import se.bokvar.bench.common.Personnummer;

/**
 * Complete, valid termination notices for the benchmark: unique references, valid personnummer (Luhn), addresses in
 * Nordost's postal codes (415xx, 424xx in the sample routing table) so that every notice becomes a case.
 */
final class NoticeGenerator {

    private static final NoticeJson.Contact CONTACT = new NoticeJson.Contact("Bänkande Förvaltare", "bench@hemma.example");

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
        String personnummer = personnummer();
        int street = 1 + random.nextInt(200);
        int flat = 1000 + random.nextInt(9000);
        int rooms = 1 + random.nextInt(5);
        int area = 25 + random.nextInt(100);
        return NoticeJson.termination(reference(i), personnummer, i,
                new NoticeJson.Address("Benchgatan " + street, Integer.toString(postal), Integer.toString(flat)), rooms, area,
                rent, months, servedOn, CONTACT);
    }

    /**
     * The household of the household phase: one tenant and one flat in Nordost (41510). The tenant is drawn from a
     * random of its own (the run's other notices stay as they were); the flat number is the run's and {@code flat}'s,
     * so every run's households have cases of their own.
     */
    Tenancy household(String flat) {
        return new Tenancy(Personnummer.random(new SplittableRandom(7), 1940, 60),
                new NoticeJson.Address("Hushållsgatan 1", "41510", flat + runId));
    }

    /** The household's notice {@code i}: the same tenant, flat and content, a reference of its own. */
    String household(Tenancy household, int i) {
        return NoticeJson.termination("BENCH-" + runId + "-household-" + i, household.personnummer(), 0, household.address(),
                3, 74, 8200, 2, servedOn, CONTACT);
    }

    /** One tenant in one flat. */
    record Tenancy(String personnummer, NoticeJson.Address address) {
    }

    /** A valid 12-digit personnummer (born 1940-1999) with its Luhn check digit. */
    String personnummer() {
        return Personnummer.random(random, 1940, 60);
    }
}
