package se.bokvar.rules.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The steps a case requires before it may close (handbook ch. 6 "När barn är berörda", ch. 7 "Närvara vid
 * avhysning"):
 * <ul>
 * <li>when children live in or visit the household: the caseworker's conversation with the parents about the child;</li>
 * <li>for every eviction Kronofogden has not cancelled: social services attend, unless agreed otherwise with
 * Kronofogden (with a recorded reason);</li>
 * <li>for such an eviction when children are affected: the children-and-youth unit attends too.</li>
 * </ul>
 */
public final class RequiredSteps {

    /** The reference of a requirement that concerns the case as a whole. */
    public static final String CASE = "case";

    /** What is required. */
    public enum Kind {
        CHILDREN_CONVERSATION,
        EVICTION_ATTENDANCE,
        CHILDREN_UNIT_ATTENDANCE
    }

    /**
     * One required step.
     *
     * @param kind what
     * @param ref  {@link #CASE} or the Kronofogden case number of the eviction
     */
    public record Requirement(Kind kind, String ref) {
        public Requirement {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(ref, "ref must not be null");
        }
    }

    private RequiredSteps() {
    }

    /**
     * @param childrenAffected whether children live in or visit the household
     * @param evictions        the Kronofogden case numbers of the case's evictions that are not cancelled
     */
    public static List<Requirement> required(boolean childrenAffected, Collection<String> evictions) {
        Objects.requireNonNull(evictions, "evictions must not be null");
        List<Requirement> required = new ArrayList<>();
        if (childrenAffected) {
            required.add(new Requirement(Kind.CHILDREN_CONVERSATION, CASE));
        }
        for (String kfm : evictions) {
            required.add(new Requirement(Kind.EVICTION_ATTENDANCE, kfm));
            if (childrenAffected) {
                required.add(new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, kfm));
            }
        }
        return required;
    }

    /**
     * What an attendance record for one eviction satisfies: agreed otherwise with Kronofogden satisfies both
     * attendances; otherwise social services' attendance, and the children-and-youth unit's if it attended.
     */
    public static Set<Requirement> satisfiedByAttendance(String kfmCaseNumber, boolean attended,
            boolean childrenUnitAttended, boolean agreedOtherwiseWithKronofogden) {
        Objects.requireNonNull(kfmCaseNumber, "kfmCaseNumber must not be null");
        Set<Requirement> satisfied = new LinkedHashSet<>();
        if (attended || agreedOtherwiseWithKronofogden) {
            satisfied.add(new Requirement(Kind.EVICTION_ATTENDANCE, kfmCaseNumber));
        }
        if (childrenUnitAttended || agreedOtherwiseWithKronofogden) {
            satisfied.add(new Requirement(Kind.CHILDREN_UNIT_ATTENDANCE, kfmCaseNumber));
        }
        return satisfied;
    }

    /** The requirements not yet satisfied, in the order required. */
    public static List<Requirement> outstanding(List<Requirement> required, Collection<Requirement> satisfied) {
        Objects.requireNonNull(required, "required must not be null");
        Objects.requireNonNull(satisfied, "satisfied must not be null");
        return required.stream().filter(r -> !satisfied.contains(r)).toList();
    }
}
