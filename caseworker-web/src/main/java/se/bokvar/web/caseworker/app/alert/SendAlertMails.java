package se.bokvar.web.caseworker.app.alert;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import se.bokvar.web.caseworker.store.alert.AlertDeliveryStore;
import se.bokvar.web.caseworker.store.alert.MailGateway;

/**
 * Sends the pending alert e-mails after their commit: every {@code bokvar.alerts.send-interval} it claims a batch of
 * due deliveries (locked with {@code FOR UPDATE SKIP LOCKED}, leased to this replica), sends each with its fixed
 * Message-ID and marks it sent. A failure is never dropped: the delivery is tried again after an exponential backoff
 * ({@code bokvar.alerts.retry-initial}, doubled per attempt, at most {@code retry-max}). A replica that stops between
 * sending and marking leaves the delivery to be sent again when its lease ends: the same message (same Message-ID),
 * counted as a resend.
 */
@ApplicationScoped
public class SendAlertMails {

    private static final Logger LOG = Logger.getLogger(SendAlertMails.class);

    private final AlertDeliveryStore store;
    private final MailGateway mail;
    private final AlertMailText text;
    private final AlertMetrics metrics;
    private final AlertSettings settings;

    @Inject
    public SendAlertMails(AlertDeliveryStore store, MailGateway mail, AlertMailText text, AlertMetrics metrics,
            AlertSettings settings) {
        this.store = store;
        this.mail = mail;
        this.text = text;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Scheduled(identity = "alert-mails", every = "${bokvar.alerts.send-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sendDue().onFailure().invoke(f -> LOG.warnf("Sending alert mails failed: %s; trying again next round",
                f.getClass().getName())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends one batch of due deliveries; the number sent. */
    public Uni<Integer> sendDue() {
        return store.claim(settings.batchSize(), settings.claimLease()).flatMap(this::sendAll);
    }

    private Uni<Integer> sendAll(List<AlertDeliveryStore.Claimed> batch) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (AlertDeliveryStore.Claimed d : batch) {
            chain = chain.flatMap(sent -> send(d).map(ok -> ok ? sent + 1 : sent));
        }
        return chain;
    }

    private Uni<Boolean> send(AlertDeliveryStore.Claimed d) {
        AlertMailText.Content content = text.compose(d.deadline(), d.alert(), d.dueOn(), d.caseId());
        MailGateway.OutgoingMail outgoing = new MailGateway.OutgoingMail(d.recipient(), content.subject(), content.text(),
                content.html(), d.messageId());
        return mail.send(outgoing).onItemOrFailure().transformToUni((ok, failure) -> {
            if (failure == null) {
                if (d.resend()) {
                    metrics.resent();
                }
                metrics.sent();
                return store.markSent(d.id()).replaceWith(true);
            }
            metrics.failed();
            Duration delay = backoff(d.attempts());
            // the delivery's id and the exception type only: a mail error's message may quote the address
            LOG.warnf("Alert mail %s (attempt %d) failed: %s; next attempt in %s", d.id(), d.attempts(),
                    failure.getClass().getName(), delay);
            return store.markFailed(d.id(), failure.getClass().getName(), delay).replaceWith(false);
        });
    }

    /** The wait after attempt number {@code attempts}: the initial wait, doubled per further attempt, capped. */
    Duration backoff(int attempts) {
        Duration delay = settings.retryInitial();
        for (int i = 1; i < attempts && delay.compareTo(settings.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay;
    }
}
