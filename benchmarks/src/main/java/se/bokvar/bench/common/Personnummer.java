package se.bokvar.bench.common;

import java.time.LocalDate;
import java.util.SplittableRandom;

import se.bokvar.rules.identity.PersonalIdentityNumbers;

/** Valid Swedish personal identity numbers for synthetic tenants: YYYYMMDD-NNNC with the Luhn check digit C. */
public final class Personnummer {

    private Personnummer() {
    }

    /**
     * A valid 12-digit personnummer, born on a random day of the {@code years} years from 1 January {@code fromYear}
     * (the same numbers for the same seed as before: one draw for the day, one for the birth number).
     */
    public static String random(SplittableRandom random, int fromYear, int years) {
        LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * years));
        return PersonalIdentityNumbers.hyphenated(birth, 1 + random.nextInt(998));
    }
}
