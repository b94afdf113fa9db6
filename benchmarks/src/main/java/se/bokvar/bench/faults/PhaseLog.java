package se.bokvar.bench.faults;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The phases of a fault run as they happened (each begins when the one before ends, printed with its start time),
 * the faults injected, and at the end the phases table of the report.
 */
final class PhaseLog {

    /** A phase as it happened. */
    record Mark(String name, long startMillis, long[] endMillis, StringBuilder notes) {
    }

    /** One injected fault: when it began, when the part was relaunched and when it was ready again. */
    record Fault(String part, long beganMillis, long relaunchedMillis, long readyMillis, Mark settle) {
    }

    private final PrintStream out;
    private final long t0 = System.currentTimeMillis();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private volatile String phase = "start";

    PhaseLog(PrintStream out) {
        this.out = out;
    }

    /** The phase the run is in now (a request is counted in the phase it was sent in). */
    String current() {
        return phase;
    }

    Mark begin(String name) {
        long now = System.currentTimeMillis();
        end();
        Mark m = new Mark(name, now, new long[] { 0 }, new StringBuilder());
        marks.add(m);
        phase = name;
        out.printf("  %6.1f s  %s%n", (now - t0) / 1000.0, name);
        return m;
    }

    void end() {
        if (!marks.isEmpty()) {
            Mark last = marks.get(marks.size() - 1);
            if (last.endMillis()[0] == 0) {
                last.endMillis()[0] = System.currentTimeMillis();
            }
        }
    }

    void fault(Fault f) {
        faults.add(f);
    }

    /** The phases table: per phase the receipts and failed first tries of requests sent in it, and the notes. */
    void report(FaultReport report, List<SentNotice> ledger, StackDatabases databases) throws SQLException {
        List<SentNotice.Answer> firsts;
        List<SentNotice.Answer> landlordFirsts;
        synchronized (ledger) {
            firsts = ledger.stream().map(n -> n.first).filter(a -> a != null).toList();
            landlordFirsts = ledger.stream().filter(n -> n.source == SentNotice.Source.LANDLORD).map(n -> n.first)
                    .filter(a -> a != null).toList();
        }
        for (Fault f : faults) {
            f.settle().notes().append(afterFault(f, landlordFirsts, databases));
        }
        for (Mark m : marks) {
            int receipts = 0;
            Map<String, Integer> failures = new TreeMap<>();
            for (SentNotice.Answer a : firsts) {
                if (a.phase().equals(m.name())) {
                    if (a.isReceipt()) {
                        receipts++;
                    } else {
                        failures.merge(a.kind(), 1, Integer::sum);
                    }
                }
            }
            report.phases.add(new FaultReport.Phase(m.name(), (m.startMillis() - t0) / 1000.0,
                    (m.endMillis()[0] - m.startMillis()) / 1000.0, receipts, failures, m.notes().toString()));
        }
    }

    /** How long the platform took to be whole again after a fault. */
    private static String afterFault(Fault f, List<SentNotice.Answer> firsts, StackDatabases databases) throws SQLException {
        StringBuilder s = new StringBuilder();
        Long first = databases.firstCaseNoticeAfter(f.relaunchedMillis());
        s.append(first == null ? "no case registered after the relaunch"
                : String.format("first new case %.1f s after the relaunch", (first - f.relaunchedMillis()) / 1000.0));
        // the longest time without a landlord receipt around the fault, as the landlords saw it
        long from = f.beganMillis() - 2000;
        long to = f.settle().endMillis()[0];
        List<Long> answered = new ArrayList<>(firsts.stream().filter(a -> a.isReceipt() && a.answeredAtMillis() >= from
                && a.answeredAtMillis() <= to).map(SentNotice.Answer::answeredAtMillis).toList());
        Collections.sort(answered);
        long gap = 0;
        long previous = from;
        for (long t : answered) {
            gap = Math.max(gap, t - previous);
            previous = t;
        }
        gap = Math.max(gap, to - previous);
        s.append(String.format("; longest time without a receipt around the fault %.1f s", gap / 1000.0));
        return s.toString();
    }
}
