package se.bokvar.bench.faults;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The invariants, checked on what the client holds (the ledger) against what the services stored (SQL) and
 * announced (Kafka). Every count goes into the report; every broken invariant becomes a violation in words.
 */
final class Verification {

    private final FaultReport report;
    private final List<SentNotice> ledger;
    private final List<SentNotice> failed;
    private final StoreState beforeRetry;
    private final StoreState after;
    private final AlertAnnouncements announced;
    private final CaseworkerReads reads;
    private final Map<String, Map<String, Integer>> audited;

    Verification(FaultReport report, List<SentNotice> ledger, List<SentNotice> failed, StoreState beforeRetry,
            StoreState after, AlertAnnouncements announced, CaseworkerReads reads, Map<String, Map<String, Integer>> audited) {
        this.report = report;
        this.ledger = List.copyOf(ledger);
        this.failed = failed;
        this.beforeRetry = beforeRetry;
        this.after = after;
        this.announced = announced;
        this.reads = reads;
        this.audited = audited;
    }

    void verify() {
        notices();
        outbox();
        alerts();
        audit();
    }

    private static boolean landlord(SentNotice n) {
        return n.source == SentNotice.Source.LANDLORD;
    }

    private static boolean kfm(SentNotice n) {
        return n.source == SentNotice.Source.KRONOFOGDEN;
    }

    private long count(Predicate<SentNotice> source, Predicate<SentNotice> what) {
        return ledger.stream().filter(source).filter(what).count();
    }

    private List<String> stored(StoreState s, SentNotice n) {
        Map<String, List<String>> byReference = landlord(n) ? s.intakeByReference : s.adapterByReference;
        return byReference.getOrDefault(n.reference, List.of());
    }

    /** Adds a row with both columns and a violation for each column that is not zero, when {@code mustBeZero}. */
    private void row(String what, Predicate<SentNotice> test, boolean mustBeZero, String violation) {
        long l = count(Verification::landlord, test);
        long k = count(Verification::kfm, test);
        report.count(what, l, k);
        if (mustBeZero && l + k > 0) {
            report.violations.add(violation + ": " + l + " landlord, " + k + " Kronofogden");
        }
    }

    private void notices() {
        row("notices sent", n -> true, false, null);
        row("receipt on the first try (201)", n -> n.first != null && n.first.status() == 201, false, null);
        row("failed on the first try (5xx, timeout, refused)", SentNotice::failedFirst, false, null);
        Set<SentNotice> failedSet = new HashSet<>(failed);
        row("  of which stored all the same (answer lost)", n -> failedSet.contains(n) && !stored(beforeRetry, n).isEmpty(),
                false, null);
        row("  of which absent everywhere", n -> failedSet.contains(n) && stored(beforeRetry, n).isEmpty()
                && !hasCaseNoticeByReference(beforeRetry, n), false, null);
        row("  of which not stored but a case notice (!)", n -> failedSet.contains(n) && stored(beforeRetry, n).isEmpty()
                && hasCaseNoticeByReference(beforeRetry, n), true, "a failed request that was not stored is a case notice");
        row("  of which stored but not exactly one case notice (!)", n -> failedSet.contains(n)
                && stored(beforeRetry, n).stream().anyMatch(id -> !beforeRetry.caseNotices.containsKey(id)), true,
                "a failed request was stored but is not a case notice");
        row("retried afterwards: 201 (stored now)", n -> n.retry != null && n.retry.status() == 201, false, null);
        row("retried afterwards: 200 (the original receipt)", n -> n.retry != null && n.retry.status() == 200, false, null);
        row("no receipt in the end (!)", n -> n.receipt() == null, true, "notices without a receipt even after a retry");
        row("receipts held by the senders", n -> n.receipt() != null, false, null);
        row("receipt for a notice that is not stored (!)", n -> n.receipt() != null && !isStored(n.receipt().noticeId(), n),
                true, "receipts given for notices that are not stored");
        row("receipt naming another notice than the stored one (!)", n -> n.receipt() != null
                && !stored(after, n).isEmpty() && !stored(after, n).contains(n.receipt().noticeId()), true,
                "a receipt names another notice id than the one stored for its reference");
        row("stored", n -> !stored(after, n).isEmpty(), false, null);
        row("stored twice or more (!)", n -> stored(after, n).size() > 1, true, "notices stored twice");
        row("registered as exactly one case notice", n -> !stored(after, n).isEmpty()
                && stored(after, n).stream().allMatch(after.caseNotices::containsKey), false, null);
        row("stored but not a case notice (missing) (!)", n -> stored(after, n).stream()
                .anyMatch(id -> !after.caseNotices.containsKey(id)), true, "stored notices that never became case notices");
        long orphanLandlord = after.caseNotices.values().stream().filter(c -> !"kronofogden".equalsIgnoreCase(c.source())
                && !"other".equalsIgnoreCase(c.source()) && !after.allIntakeIds.contains(c.id())).count();
        long orphanKfm = after.caseNotices.values().stream().filter(c -> "kronofogden".equalsIgnoreCase(c.source())
                && !after.allAdapterIds.contains(c.id())).count();
        report.count("case notices without a stored notice (!)", orphanLandlord, orphanKfm);
        if (orphanLandlord + orphanKfm > 0) {
            report.violations.add("case notices without a notice in intake or the adapter: " + orphanLandlord
                    + " landlord, " + orphanKfm + " Kronofogden");
        }
        report.figures.put("case notices in case-service", Integer.toString(after.caseNotices.size()));
    }

    private boolean isStored(String noticeId, SentNotice n) {
        return landlord(n) ? after.allIntakeIds.contains(noticeId) : after.allAdapterIds.contains(noticeId);
    }

    /** A case notice that carries the sender's reference (landlord reference or Kronofogden's case number). */
    private static boolean hasCaseNoticeByReference(StoreState s, SentNotice n) {
        return s.caseNotices.values().stream().anyMatch(c -> n.reference.equals(c.senderReference()));
    }

    private void outbox() {
        report.figures.put("outbox rows left unpublished", after.unpublished.toString());
        if (after.unpublishedTotal() > 0) {
            report.violations.add("outbox rows still unpublished after convergence: " + after.unpublished
                    + " (a relay did not resume)");
        }
    }

    private void alerts() {
        if (after.alerts == null) {
            report.figures.put("deadline breach alerts", "pending");
            report.pending.add("deadline alerts: case-service has no deadline_alert table in this build, so the"
                    + " breach check could not run");
            return;
        }
        long storedBreaches = after.breachedAlerts();
        long storedTwice = after.alerts.stream().mapToLong(a -> a.rows() - 1L).sum();
        long outboxTwice = after.outboxAlerts.values().stream().mapToLong(ids -> ids.size() - 1L).sum();
        report.figures.put("breach alerts stored (deadline_alert)", storedBreaches + ", stored twice " + storedTwice);
        report.figures.put("alert events in case-service's outbox",
                after.outboxAlerts.values().stream().mapToLong(Set::size).sum() + ", twice for one alert " + outboxTwice);
        report.figures.put("breaches announced on Kafka", announced.breaches() + " distinct, announced twice "
                + announced.duplicateBreaches() + " (near alerts twice: "
                + (announced.duplicateAlerts() - announced.duplicateBreaches()) + "); redelivered copies of one event "
                + announced.redeliveredCopies());
        if (storedTwice > 0 || outboxTwice > 0) {
            report.violations.add("deadline alerts stored or queued twice: " + storedTwice + " rows, " + outboxTwice
                    + " outbox events");
        }
        if (announced.duplicateAlerts() > 0) {
            report.violations.add("deadline alerts announced twice on Kafka: " + announced.duplicateBreaches()
                    + " breaches, " + (announced.duplicateAlerts() - announced.duplicateBreaches()) + " near alerts");
        }
        // no alert that was due is lost: every termination's case has its recovery period announced as near (the run
        // makes 'near' 30 days, FaultsCommand.serviceEnvironment), every eviction case (eviction tomorrow) its eviction
        expectAnnounced("termination cases whose near recovery period was announced", "RECOVERY_PERIOD/NEAR",
                Verification::landlord);
        expectAnnounced("eviction cases whose near eviction was announced", "EVICTION/NEAR", Verification::kfm);
    }

    private void expectAnnounced(String figure, String alert, Predicate<SentNotice> which) {
        Set<String> cases = new HashSet<>();
        for (SentNotice n : ledger) {
            if (which.test(n)) {
                for (String id : stored(after, n)) {
                    StoreState.CaseNotice c = after.caseNotices.get(id);
                    if (c != null) {
                        cases.add(c.caseId());
                    }
                }
            }
        }
        long unannounced = cases.stream().filter(c -> !announced.cases(alert).contains(c)).count();
        report.figures.put(figure, (cases.size() - unannounced) + " of " + cases.size());
        if (unannounced > 0) {
            report.violations.add(unannounced + " cases never got their " + alert + " alert announced");
        }
    }

    private void audit() {
        long answered = 0;
        long missing = 0;
        for (Map.Entry<String, Map<String, Integer>> action : reads.answered.entrySet()) {
            Map<String, Integer> records = audited.getOrDefault(action.getKey(), Map.of());
            for (Map.Entry<String, Integer> read : action.getValue().entrySet()) {
                answered += read.getValue();
                missing += Math.max(0, read.getValue() - records.getOrDefault(read.getKey(), 0));
            }
        }
        report.figures.put("caseworker reads answered 200", answered + " (case.read "
                + reads.answered.getOrDefault("case.read", Map.of()).values().stream().mapToInt(Integer::intValue).sum()
                + ", case.list " + reads.answered.getOrDefault("case.list", Map.of()).values().stream()
                        .mapToInt(Integer::intValue).sum() + "; " + reads.answeredWhileRunning()
                + " while the faults happened, the rest once every notice was a case); other answers "
                + reads.otherOutcomesSorted());
        report.figures.put("caseworker reads answered 200 while the faults happened",
                Integer.toString(reads.answeredWhileRunning()));
        report.figures.put("reads without an audit record", Long.toString(missing));
        if (missing > 0) {
            report.violations.add(missing + " reads answered 200 have no audit record");
        }
    }
}
