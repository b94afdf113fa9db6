package se.bokvar.rules.retention;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * What the retention rule needs to know about one household case's record: its id, the day of its last entry
 * (anteckning) and the people it is about. A case with no identified people is allowed; it then shares no person
 * with any other case and no one on it can be kept for research.
 *
 * <p>{@link #toString()} gives the number of people, never their numbers.
 *
 * @param caseId    the case
 * @param lastEntry the day the last entry was made in the record (Europe/Stockholm)
 * @param people    the people the record is about (the household members with a personnummer or
 *                  samordningsnummer); may be empty
 */
public record CaseRecord(UUID caseId, LocalDate lastEntry, List<PersonalIdentityNumber> people) {

    /**
     * Checks that the components are present.
     *
     * @throws IllegalArgumentException if a component is null or {@code people} contains null
     */
    public CaseRecord {
        if (caseId == null) {
            throw new IllegalArgumentException("caseId must not be null");
        }
        if (lastEntry == null) {
            throw new IllegalArgumentException("lastEntry must not be null");
        }
        if (people == null) {
            throw new IllegalArgumentException("people must not be null (use an empty list)");
        }
        for (PersonalIdentityNumber person : people) {
            if (person == null) {
                throw new IllegalArgumentException("people must not contain null");
            }
        }
        people = List.copyOf(people);
    }

    /** A case about {@code people}. */
    public static CaseRecord of(UUID caseId, LocalDate lastEntry, PersonalIdentityNumber... people) {
        if (people == null) {
            throw new IllegalArgumentException("people must not be null (use an empty list)");
        }
        return new CaseRecord(caseId, lastEntry, Arrays.asList(people));
    }

    /** Whether this case and {@code other} are about at least one common person. */
    public boolean sharesPersonWith(CaseRecord other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        for (PersonalIdentityNumber person : people) {
            if (other.people.contains(person)) {
                return true;
            }
        }
        return false;
    }

    /** The id, last entry and the number of people: no personal data. */
    @Override
    public String toString() {
        return "CaseRecord[caseId=" + caseId + ", lastEntry=" + lastEntry + ", people=" + people.size() + "]";
    }
}
