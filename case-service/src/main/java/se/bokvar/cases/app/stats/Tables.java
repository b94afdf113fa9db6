package se.bokvar.cases.app.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bokvar.rules.casework.Outcome;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.deadline.DeadlineState;
import se.bokvar.rules.notice.NoticeKind;

/**
 * The fixed set of count tables the statistics publish, each with its fixed rows; {@link Grid} makes one of each
 * per calendar month, with a column per board. Built from the enums, never from the data or a query, so the set of
 * tables (and every table's shape) is the same whatever is asked and whatever happened.
 *
 * <p>Most measures are a table of one row (the month): notices of each kind, cases with children, cases with a
 * personal contact, closed cases of each outcome, deadlines of each kind and state. One measure needs more:
 * <b>every case has exactly one pre-assessment deadline</b> ({@link DeadlineEngine}), so the counts of opened cases
 * are the sums of the pre-assessment's states. Suppressed in two tables, a board's month with one hidden state next
 * to its published case count would give that state away by subtraction. So the opened cases and the
 * pre-assessment deadlines are one table: rows are the pre-assessment's states (plus {@link #NONE}, a case whose
 * deadline row is missing, so the rows always add up to the cases), column totals are the opened cases per board,
 * the grand total the municipality's. Other measures are tied to each other only by inequalities (cases with
 * children are at most the cases), which no linear derivation can use.
 */
final class Tables {

    /** Opened cases by the state of their pre-assessment deadline (see the class comment). */
    static final String CASES = "cases";

    /** The {@link #CASES} row of a case without a pre-assessment deadline row (not published on its own). */
    static final String NONE = "NONE";

    /** The rows of {@link #CASES}: the states of {@link DeadlineState}, in order, then {@link #NONE}. */
    static final List<String> CASE_ROWS;

    /** Opened cases with children in the household (children known: yes). */
    static final String WITH_CHILDREN = "cases-with-children";

    /** Opened cases with a first personal contact after the first notice's receipt. */
    static final String CONTACTED = "cases-with-personal-contact";

    /** The notice kinds, each a table of notices received. */
    static final List<String> NOTICE_KINDS;

    /** The outcomes of closed cases, each a table: {outcome, avertedBy or null}. */
    static final List<String[]> OUTCOMES;

    /** The deadline kinds in order; {@code PRE_ASSESSMENT}'s states are rows of {@link #CASES}. */
    static final List<String> DEADLINE_KINDS;

    static final String PRE_ASSESSMENT = DeadlineEngine.Kind.PRE_ASSESSMENT.name();

    static final List<String> DEADLINE_STATES;

    /** Every table by name, with its number of rows. */
    static final Map<String, Integer> ALL;

    static {
        List<String> states = new ArrayList<>();
        for (DeadlineState s : DeadlineState.values()) {
            states.add(s.name());
        }
        DEADLINE_STATES = List.copyOf(states);
        List<String> caseRows = new ArrayList<>(states);
        caseRows.add(NONE);
        CASE_ROWS = List.copyOf(caseRows);
        List<String> kinds = new ArrayList<>();
        for (NoticeKind k : NoticeKind.values()) {
            kinds.add(k.name());
        }
        NOTICE_KINDS = List.copyOf(kinds);
        List<String[]> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (o == Outcome.EVICTION_AVERTED) {
                for (Outcome.AvertedBy by : Outcome.AvertedBy.values()) {
                    outcomes.add(new String[] { o.name(), by.name() });
                }
            } else {
                outcomes.add(new String[] { o.name(), null });
            }
        }
        OUTCOMES = Collections.unmodifiableList(outcomes);
        List<String> deadlineKinds = new ArrayList<>();
        for (DeadlineEngine.Kind k : DeadlineEngine.Kind.values()) {
            deadlineKinds.add(k.name());
        }
        DEADLINE_KINDS = List.copyOf(deadlineKinds);

        Map<String, Integer> all = new LinkedHashMap<>();
        for (String kind : NOTICE_KINDS) {
            all.put(notices(kind), 1);
        }
        all.put(CASES, CASE_ROWS.size());
        all.put(WITH_CHILDREN, 1);
        all.put(CONTACTED, 1);
        for (String[] o : OUTCOMES) {
            all.put(outcome(o[0], o[1]), 1);
        }
        for (String kind : DEADLINE_KINDS) {
            if (!kind.equals(PRE_ASSESSMENT)) {
                for (String state : DEADLINE_STATES) {
                    all.put(deadline(kind, state), 1);
                }
            }
        }
        ALL = Collections.unmodifiableMap(all);
    }

    private Tables() {
    }

    static String notices(String kind) {
        return "notices/" + kind;
    }

    /** @param avertedBy null for an outcome other than an averted eviction */
    static String outcome(String outcome, String avertedBy) {
        return "outcomes/" + outcome + (avertedBy == null ? "" : "/" + avertedBy);
    }

    /** A deadline kind other than the pre-assessment (whose states are rows of {@link #CASES}). */
    static String deadline(String kind, String state) {
        return "deadlines/" + kind + "/" + state;
    }

    /** Whether a table of that name exists (a code from the database that no enum has does not). */
    static boolean exists(String table) {
        return ALL.containsKey(table);
    }
}
