package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.bokvar.bench.faults.FaultOptions;
import se.bokvar.bench.faults.FaultReport;
import se.bokvar.bench.faults.FaultRun;
import se.bokvar.bench.faults.FaultsCommand;
import se.bokvar.local.stack.Stack;

/**
 * The short version of {@code ./bokvar faults} (the same code, {@link FaultOptions#shortVersion()}): on a stack of
 * its own (free loopback ports, its own data folder), landlord and Kronofogden notices stream in with real tokens
 * while the Kafka broker is SIGKILLed and restarted, case-service is SIGKILLed and restarted and PostgreSQL is
 * restarted; then no receipt names a notice that is not stored, every stored notice is exactly one case notice,
 * every outbox is published, no deadline alert is announced twice and every answered read is audited.
 */
@Order(Integer.MAX_VALUE)
class FaultSystemTest {

    /** The drill measures timings under load: the shared stack of the other system tests is stopped first. */
    @BeforeAll
    static void stopTheSharedStack() {
        SharedStack.stop();
    }

    @Test
    void noNoticeIsLostOrDoubledAndNoAlertAnnouncedTwiceWhileKafkaCaseServiceAndPostgresqlFail() throws Exception {
        FaultReport report;
        try (Stack stack = SystemStacks.start("faults-stack", FaultsCommand.serviceEnvironment())) {
            report = FaultRun.run(stack, FaultOptions.shortVersion(), System.out);
        }
        report.print(System.out);

        assertThat(report.violations()).as("broken invariants (the logs are in system-tests/target/faults-stack/logs)")
                .isEmpty();
        assertThat(report.pending()).as("checks that could not run").isEmpty();
        // the run did what it says: notices streamed through every fault, and the checks had something to check
        assertThat(report.phases()).extracting(FaultReport.Phase::name).anyMatch(n -> n.startsWith("Kafka broker down"))
                .anyMatch(n -> n.startsWith("case-service down")).anyMatch(n -> n.startsWith("PostgreSQL down"));
        assertThat(report.count("notices sent")).isGreaterThan(50);
        assertThat(report.count("receipts held by the senders")).isEqualTo(report.count("notices sent"));
        assertThat(report.count("registered as exactly one case notice")).isEqualTo(report.count("stored"));
        assertThat(report.figure("termination cases whose near recovery period was announced")).doesNotStartWith("0 of");
        assertThat(report.figure("eviction cases whose near eviction was announced")).doesNotStartWith("0 of");
        // the audit check had reads to check while the faults happened, not only once everything had settled
        assertThat(Integer.parseInt(report.figure("caseworker reads answered 200 while the faults happened"))).isPositive();
    }
}
