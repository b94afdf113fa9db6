package se.bokvar.bench.faults;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fault run counted and measured, and which invariants it found broken. {@link #print(PrintStream)} writes
 * the tables the command shows.
 */
public final class FaultReport {

    /** One phase of the run with its timing and what happened in it. */
    public record Phase(String name, double startSeconds, double seconds, int receipts, Map<String, Integer> failures,
            String notes) {
    }

    /** A row of the counts table: landlord and Kronofogden columns (null: not applicable). */
    public record Count(String what, Long landlord, Long kronofogden) {
    }

    final List<Phase> phases = new ArrayList<>();
    final List<Count> counts = new ArrayList<>();
    final Map<String, String> figures = new LinkedHashMap<>();
    final List<String> violations = new ArrayList<>();
    final List<String> pending = new ArrayList<>();

    /** Each broken invariant, in words; empty when the run kept them all. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Checks that could not be made (a part not built yet), in words. */
    public List<String> pending() {
        return List.copyOf(pending);
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The value of a named count, landlord + Kronofogden. */
    public long count(String what) {
        return counts.stream().filter(c -> c.what().equals(what)).findFirst()
                .map(c -> (c.landlord() == null ? 0 : c.landlord()) + (c.kronofogden() == null ? 0 : c.kronofogden()))
                .orElseThrow(() -> new IllegalArgumentException("no count " + what));
    }

    /** A named figure (alerts, audit, outbox), as printed. */
    public String figure(String name) {
        return figures.get(name);
    }

    void count(String what, long landlord, Long kronofogden) {
        counts.add(new Count(what, landlord, kronofogden));
    }

    public void print(PrintStream out) {
        out.printf("%nPhases%n");
        out.printf("  %-44s %7s %8s %9s  %s%n", "phase", "start s", "length s", "receipts", "failed requests (by kind); notes");
        for (Phase p : phases) {
            String failures = p.failures().isEmpty() ? "-" : p.failures().toString();
            out.printf("  %-44s %7.1f %8.1f %9d  %s%s%n", p.name(), p.startSeconds(), p.seconds(), p.receipts(), failures,
                    p.notes() == null || p.notes().isEmpty() ? "" : "; " + p.notes());
        }
        out.printf("%nCounts                                                   landlord  Kronofogden%n");
        for (Count c : counts) {
            out.printf("  %-52s %9s  %11s%n", c.what(), c.landlord() == null ? "-" : c.landlord(),
                    c.kronofogden() == null ? "-" : c.kronofogden());
        }
        out.println();
        figures.forEach((k, v) -> out.printf("  %-34s %s%n", k, v));
        out.println();
        for (String p : pending) {
            out.println("PENDING: " + p);
        }
        if (violations.isEmpty()) {
            out.println("Every invariant held.");
        } else {
            out.println("BROKEN INVARIANTS:");
            violations.forEach(v -> out.println("  - " + v));
        }
    }
}
