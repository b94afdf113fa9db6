package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.local.stack.PersonalDataScan;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;

/**
 * The platform as a new user meets it: the whole stack started by the same code as {@code ./bokvar up} (on free
 * ports), then the walkthrough that {@code up} prints, executed exactly as printed, with real Keycloak tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
class WalkthroughSystemTest {

    static Stack stack;
    static RecordingProxy casesProxy;
    static RecordingProxy consentProxy;

    @BeforeAll
    static void theSharedStack() {
        stack = SharedStack.stack();
    }

    @Test
    @Order(1)
    void theWalkthroughThatUpPrintsWorksAsPrinted() throws Exception {
        SharedStack.Walk walk = SharedStack.walkthrough();
        casesProxy = walk.cases();
        consentProxy = walk.consent();
        String output = walk.output();
        assertThat(walk.exitCode()).as(output).isZero();
        assertThat(output)
                .contains("\"recoveryPeriod\"")
                .contains("\"board\":\"nordost\"")
                .contains("Walkthrough complete");
    }

    /**
     * The audit trail is complete: every read of a case or of person data the walkthrough made (case lookups by
     * notice, the case, the inbox, the timeline; consent reads, if any) has its audit record in the service's
     * audit_record table, by the same actor, naming exactly the cases the answer showed.
     */
    @Test
    @Order(2)
    void everyReadTheWalkthroughMadeIsAudited() throws Exception {
        assertThat(casesProxy).as("the walkthrough ran").isNotNull();
        List<AuditTrail.Expected> expected = new ArrayList<>(AuditTrail.expected("case-service", casesProxy.exchanges()));
        expected.addAll(AuditTrail.expected("consent-service", consentProxy.exchanges()));
        List<AuditTrail.Recorded> recorded = new ArrayList<>(AuditTrail.recorded("case-service",
                stack.postgres().superuserJdbcUrl(stack.database(ServiceSpec.CASES).database())));
        recorded.addAll(AuditTrail.recorded("consent-service",
                stack.postgres().superuserJdbcUrl(stack.database(ServiceSpec.CONSENT).database())));

        // the walkthrough's reads, as its text says: the case (once), the inbox, the timeline, and the lookups that
        // found both cases; so the check cannot pass on an empty list
        Map<String, Long> actions = expected.stream().collect(Collectors.groupingBy(AuditTrail.Expected::action,
                Collectors.counting()));
        assertThat(actions).containsEntry("case.read", 1L).containsEntry("inbox.list", 1L)
                .containsEntry("case.timeline", 1L).containsKey("case.list");
        assertThat(expected.stream().filter(e -> e.action().equals("case.list") && !e.resourceIds().isEmpty()))
                .as("lookups by notice that found a case").hasSizeGreaterThanOrEqualTo(2);
        assertThat(expected.stream().filter(e -> e.action().equals("inbox.list")).findFirst().orElseThrow().resourceIds())
                .as("cases the inbox showed").isNotEmpty();

        assertThat(AuditTrail.missing(expected, recorded)).as("reads answered without an audit record").isEmpty();
        System.out.printf("Audit trail: %d reads of case or person data, every one audited (%s)%n", expected.size(), actions);
    }

    /**
     * Every event the run published, on every topic of the platform, read from the beginning, is what the AsyncAPI
     * document says: a known type on its own channel, headers and data valid against the message's schemas. The
     * walkthrough sends a landlord's notice and a Kronofogden notice through every service, so events of every
     * producing service are there.
     */
    @Test
    @Order(4)
    void everyPublishedEventMatchesTheAsyncApiDocument() {
        assertThat(casesProxy).as("the walkthrough ran").isNotNull();
        // 9 when written: the two notices, their registration and access events, the caseworker named, the
        // acknowledgement delivered and the tenant's letter dispatched: every topic but the consents'
        EventContracts.assertEveryPublishedEventMatches(stack, 9,
                NoticeEvents.TERMINATION_RECEIVED.type(), EvictionEvents.NOTICE_RECEIVED.type(),
                CaseEvents.NOTICE_REGISTERED.type(), CaseEvents.ACCESS_CHANGED.type(),
                CaseEvents.RESPONSIBLE_CASEWORKER_NAMED.type(), DeliveryEvents.ACKNOWLEDGEMENT.type(),
                DeliveryEvents.TENANT_LETTER_DISPATCHED.type());
    }

    /**
     * Personal identity numbers never reach a log, though the walkthrough sent one through every service: the
     * services', Kafka's, Keycloak's and PostgreSQL's own logs are read (and each of these has written something).
     */
    @Test
    @Order(5)
    void noProcessLoggedAPersonalIdentityNumber() throws IOException {
        for (String log : List.of("keycloak.log", "kafka.log", "postgresql.log")) {
            assertThat(stack.logFiles()).as("the scanned logs").anySatisfy(f -> {
                assertThat(f.getFileName()).hasToString(log);
                assertThat(Files.size(f)).as(log).isPositive();
            });
        }
        assertThat(PersonalDataScan.scan(stack.logFiles())).isEmpty();
    }
}
