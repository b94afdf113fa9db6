package se.bokvar.rules.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.identity.PersonalIdentityNumbers;

/**
 * Fictitious people and cases for the retention tests. Numbers come from the repository's one generator
 * ({@link PersonalIdentityNumbers}, Luhn check digit included) and are parsed by the real
 * {@link PersonalIdentityNumber#parse}; fixed birth numbers are in the 98x–99x range (Skatteverket's test-number
 * style).
 */
final class People {

    /** "Today" for parsing: after every birth date the tests use. */
    static final Clock PARSE_CLOCK = Clock.fixed(Instant.parse("2045-06-01T10:00:00Z"), ZoneOffset.UTC);

    private People() {
    }

    /** The personnummer of someone born on {@code birth}. */
    static PersonalIdentityNumber born(LocalDate birth, int serial) {
        return PersonalIdentityNumber.parse(PersonalIdentityNumbers.of(birth, serial), PARSE_CLOCK);
    }

    static PersonalIdentityNumber born(String isoBirth) {
        return born(LocalDate.parse(isoBirth), 982);
    }

    /** The samordningsnummer (written day = birth day + 60) of someone born on {@code birth}. */
    static PersonalIdentityNumber coordination(LocalDate birth, int serial) {
        return PersonalIdentityNumber.parse(PersonalIdentityNumbers.coordinationNumber(birth, serial), PARSE_CLOCK);
    }

    static PersonalIdentityNumber coordination(String isoBirth) {
        return coordination(LocalDate.parse(isoBirth), 986);
    }

    /** Case number {@code n}: a readable, stable id. */
    static UUID caseId(long n) {
        return new UUID(0xCA5EL, n);
    }

    static CaseRecord caseOf(long n, String lastEntry, PersonalIdentityNumber... people) {
        return CaseRecord.of(caseId(n), LocalDate.parse(lastEntry), people);
    }

    /** Every way the numbers of {@code people} could be written: none of them may appear in a reason. */
    static List<String> writtenForms(List<PersonalIdentityNumber> people) {
        List<String> forms = new ArrayList<>();
        for (PersonalIdentityNumber person : people) {
            String canonical = person.canonical();
            forms.add(canonical);                                                   // YYYYMMDDNNNC
            forms.add(canonical.substring(2));                                      // YYMMDDNNNC
            forms.add(canonical.substring(0, 8) + "-" + canonical.substring(8));    // YYYYMMDD-NNNC
            forms.add(canonical.substring(2, 8) + "-" + canonical.substring(8));    // YYMMDD-NNNC
            forms.add(canonical.substring(2, 8));                                   // YYMMDD
            forms.add(person.masked());                                             // YYYYMMDD-****
            forms.add(person.birthDate().toString());                               // the birth date
        }
        return forms;
    }
}
