package se.bokvar.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.retention.RetentionDecision.Status;

/**
 * Decides whether a household case's social-services record may be erased (gallring). The rule, in order:
 * <ol>
 * <li><b>Research exception</b> (socialtjänstförordningen (2001:937) 7 kap. 2 §), when the policy has it on: if
 * any person on the case was born on the 5th, 15th or 25th of a month (a samordningsnummer's written day minus
 * 60), the record is never erased: {@link Status#KEPT_FOR_RESEARCH}, with no dates. Only the people on the case
 * itself count: a case is not kept for research because a connected case is.</li>
 * <li><b>Five years after the last entry</b> (socialtjänstlagen (2001:453) 12 kap. 1 § första stycket, "fem år
 * efter det att sista anteckningen gjordes i akten"; carried over into socialtjänstlagen (2025:400)): erasable
 * from the day after {@code lastEntry + 5 years}; the erasure must be done by 31 December of the calendar year
 * after the year in which the five years ended.</li>
 * <li><b>Not while a later case is kept</b>: the cases that share a person with this one, directly or through a
 * chain of shared persons (the transitive closure), form one group, and no case of the group is erasable before
 * all are. So both dates are counted from the <em>latest</em> last entry in the group. Cases that share no
 * person with the group (directly or through a chain) do not count, whatever else is passed in.</li>
 * <li><b>Status on {@code today}</b>: before the group's erasable-from date, {@link Status#KEEP} if the period
 * after the case's own last entry has not ended either, else {@link Status#KEPT_FOR_LATER_CASE}; from that date
 * up to and including the deadline {@link Status#DUE}; after it {@link Status#OVERDUE}.</li>
 * </ol>
 * A last entry after {@code today} is allowed (the record is then simply kept). The reason sentence names no
 * person, number or date; every exception message is free of personal data too.
 */
public final class Retention {

    /** Legal basis of the five-year rule and the later-case rule. */
    public static final String FIVE_YEAR_RULE =
            "socialtjänstlagen (2001:453) 12 kap. 1 § första stycket, carried over into socialtjänstlagen (2025:400)";

    /** Legal basis of the research exception. */
    public static final String RESEARCH_EXCEPTION = "socialtjänstförordningen (2001:937) 7 kap. 2 §";

    static final String REASON_KEEP =
            "The retention period after the last entry on the case has not ended.";
    static final String REASON_LATER_CASE =
            "The retention period after the last entry on the case has ended, but a case sharing a person with it "
                    + "has a later last entry whose retention period has not.";
    static final String REASON_DUE =
            "The retention period after the latest entry on the case and the cases sharing a person with it has "
                    + "ended: erase the record by the end-of-year deadline.";
    static final String REASON_OVERDUE =
            "The retention period has ended and the end-of-year deadline for erasing the record has passed: erase "
                    + "it now.";
    static final String REASON_RESEARCH =
            "A person on the case was born on a day of the month whose records are kept for research: the record "
                    + "is never erased.";

    private Retention() {
    }

    /**
     * Decides what to do today with the record of {@code subject}.
     *
     * @param policy     the retention settings ({@link RetentionPolicy#statutory()} for the statute's)
     * @param subject    the case to decide on
     * @param otherCases the other cases of the same people (cases that share no person with the subject, directly
     *                   or through a chain, are ignored); must not contain the subject's id, nor an id twice
     * @param today      the day of the decision (Europe/Stockholm)
     * @throws IllegalArgumentException if an argument is null, {@code otherCases} contains null, the subject's id
     *                                  is among {@code otherCases}, or an id is listed twice (no message contains
     *                                  personal data)
     */
    public static RetentionDecision decide(
            RetentionPolicy policy, CaseRecord subject, Collection<CaseRecord> otherCases, LocalDate today) {
        require(policy, "policy");
        require(subject, "subject");
        require(otherCases, "otherCases");
        require(today, "today");
        List<CaseRecord> all = new ArrayList<>(otherCases.size() + 1);
        all.add(subject);
        Set<UUID> ids = new HashSet<>();
        ids.add(subject.caseId());
        for (CaseRecord other : otherCases) {
            if (other == null) {
                throw new IllegalArgumentException("otherCases must not contain null");
            }
            if (other.caseId().equals(subject.caseId())) {
                throw new IllegalArgumentException("the subject case must not be listed among its other cases");
            }
            if (!ids.add(other.caseId())) {
                throw new IllegalArgumentException("otherCases must not list the same case id twice");
            }
            all.add(other);
        }
        return decide(policy, subject, latestLastEntryOfGroup(all)[0], today);
    }

    /**
     * Decides for every case in {@code cases} at once, as {@link #decide} would for each with all the others as
     * its other cases (a yearly erasure run).
     *
     * @return the decisions by case id, in the order of {@code cases} (unmodifiable)
     * @throws IllegalArgumentException if an argument is null, {@code cases} contains null, or an id is listed
     *                                  twice
     */
    public static Map<UUID, RetentionDecision> decideAll(
            RetentionPolicy policy, Collection<CaseRecord> cases, LocalDate today) {
        require(policy, "policy");
        require(cases, "cases");
        require(today, "today");
        List<CaseRecord> all = new ArrayList<>(cases.size());
        Set<UUID> ids = new HashSet<>();
        for (CaseRecord record : cases) {
            if (record == null) {
                throw new IllegalArgumentException("cases must not contain null");
            }
            if (!ids.add(record.caseId())) {
                throw new IllegalArgumentException("cases must not list the same case id twice");
            }
            all.add(record);
        }
        LocalDate[] latest = latestLastEntryOfGroup(all);
        Map<UUID, RetentionDecision> decisions = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            decisions.put(all.get(i).caseId(), decide(policy, all.get(i), latest[i], today));
        }
        return Collections.unmodifiableMap(decisions);
    }

    private static RetentionDecision decide(
            RetentionPolicy policy, CaseRecord subject, LocalDate latestInGroup, LocalDate today) {
        for (PersonalIdentityNumber person : subject.people()) {
            if (policy.keepsForResearch(person)) {
                return new RetentionDecision(Status.KEPT_FOR_RESEARCH, null, null, REASON_RESEARCH,
                        RESEARCH_EXCEPTION);
            }
        }
        LocalDate erasableFrom = policy.erasableFrom(latestInGroup);
        LocalDate eraseBy = policy.eraseBy(latestInGroup);
        Status status;
        String reason;
        if (today.isBefore(erasableFrom)) {
            boolean ownPeriodEnded = !today.isBefore(policy.erasableFrom(subject.lastEntry()));
            status = ownPeriodEnded ? Status.KEPT_FOR_LATER_CASE : Status.KEEP;
            reason = ownPeriodEnded ? REASON_LATER_CASE : REASON_KEEP;
        } else if (!today.isAfter(eraseBy)) {
            status = Status.DUE;
            reason = REASON_DUE;
        } else {
            status = Status.OVERDUE;
            reason = REASON_OVERDUE;
        }
        return new RetentionDecision(status, erasableFrom, eraseBy, reason, FIVE_YEAR_RULE);
    }

    /**
     * For each case, the latest last entry among the cases connected to it through shared people (union-find over
     * the cases, joined by each person's first case).
     */
    private static LocalDate[] latestLastEntryOfGroup(List<CaseRecord> cases) {
        int[] parent = new int[cases.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<PersonalIdentityNumber, Integer> firstCaseOf = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            for (PersonalIdentityNumber person : cases.get(i).people()) {
                Integer first = firstCaseOf.putIfAbsent(person, i);
                if (first != null) {
                    parent[root(parent, i)] = root(parent, first);
                }
            }
        }
        LocalDate[] latestOfRoot = new LocalDate[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            int root = root(parent, i);
            LocalDate lastEntry = cases.get(i).lastEntry();
            if (latestOfRoot[root] == null || lastEntry.isAfter(latestOfRoot[root])) {
                latestOfRoot[root] = lastEntry;
            }
        }
        LocalDate[] latest = new LocalDate[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            latest[i] = latestOfRoot[root(parent, i)];
        }
        return latest;
    }

    private static int root(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
