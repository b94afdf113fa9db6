package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bokvar.local.infra.LocalMail;
import se.bokvar.local.stack.Stack;

/**
 * A deadline alert reaches a person: on the shared stack case-service treats a recovery period as near 30 days
 * ahead ({@link SharedStack#environment()}), so the walkthrough's case gets a NEAR alert at once; the desk consumes
 * it from Kafka and mails it through the stack's real SMTP server (GreenMail). The mail names the kind of deadline,
 * its day and the case's link, and nothing about the household (OSL 26 kap.), and it comes once per recipient.
 */
@ExtendWith(SharedStack.class)
class AlertMailSystemTest {

    @Test
    void theWalkthroughsCaseAlertArrivesOnceByMailWithoutPersonalData() throws Exception {
        Stack stack = SharedStack.stack();
        SharedStack.Walk walk = SharedStack.walkthrough();
        assertThat(walk.exitCode()).as(walk.output()).isZero();
        String link = "/arenden/" + walk.landlordCase();

        List<LocalMail.Received> forTheCase = List.of();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (forTheCase.isEmpty() && System.nanoTime() < until) {
            forTheCase = mailsAbout(stack, link);
            Thread.sleep(500);
        }
        assertThat(forTheCase).as("a mail about the walkthrough's case").isNotEmpty();
        // the scan runs every two seconds: wait several more rounds, then every recipient still has one mail per alert
        Thread.sleep(8_000);
        forTheCase = mailsAbout(stack, link);
        Map<String, Long> perRecipientAndSubject = forTheCase.stream()
                .collect(Collectors.groupingBy(m -> m.to() + " | " + m.subject(), Collectors.counting()));
        assertThat(perRecipientAndSubject.values()).as("%s", perRecipientAndSubject).allMatch(n -> n == 1L);
        assertThat(forTheCase).anySatisfy(m -> assertThat(m.subject()).startsWith("Frist närmar sig: återvinningsfrist"));
        assertThat(forTheCase.stream().map(LocalMail.Received::messageId).distinct()).hasSameSizeAs(forTheCase);

        for (LocalMail.Received m : forTheCase) {
            String all = m.subject() + "\n" + m.text();
            assertThat(all).as("mail to %s", m.to())
                    .doesNotContain("Maria").doesNotContain("Exempelsson").doesNotContain("Exempelgatan")
                    .doesNotContain("415 02")
                    .contains(stack.url(se.bokvar.local.stack.ServiceSpec.CASEWORKER_WEB) + link);
            // no personnummer-like digits outside the case link's id (a UUID's last group can hold ten digits in a row)
            assertThat(all.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID"))
                    .as("mail to %s without its ids", m.to()).doesNotContainPattern("\\d{6}[-+]?\\d{4}");
        }
        System.out.printf("Alert mails about the walkthrough's case: %s%n", perRecipientAndSubject.keySet());
    }

    static List<LocalMail.Received> mailsAbout(Stack stack, String link) {
        return stack.mail().received().stream().filter(m -> m.text() != null && m.text().contains(link)).toList();
    }
}
