package se.bokvar.web.caseworker.app.alert;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import se.bokvar.web.caseworker.store.alert.AlertDeliveryStore;
import se.bokvar.web.caseworker.store.alert.MailGateway;

/**
 * Sends the pending alert e-mails after their commit: as soon as the consumer has recorded new ones ({@link #nudge}),
 * and every {@code bokvar.alerts.send-interval} for retries and for what another replica left, it claims a batch of
 * due deliveries (locked with {@code FOR UPDATE SKIP LOCKED}, leased to this replica), sends them
 * {@code bokvar.alerts.send-concurrency} at a time over the mailer's pooled connections, each with its fixed
 * Message-ID, marks each sent, and claims the next batch while batches come back full. A failure is never dropped: the delivery is tried again after an exponential backoff
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
    private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean again = new java.util.concurrent.atomic.AtomicBoolean();

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
        nudge();
        return Uni.createFrom().voidItem();
    }

    /**
     * Sends what is due now, unless this replica is already sending; then that run claims once more when it is done,
     * so nothing recorded meanwhile waits for the next interval. Called after the consumer recorded deliveries.
     */
    public void nudge() {
        again.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        drain().subscribe().with(sent -> finished(), failure -> {
            LOG.warnf("Sending alert mails failed: %s; trying again next round", failure.getClass().getName());
            finished();
        });
    }

    private void finished() {
        draining.set(false);
        if (again.get()) {
            nudge();
        }
    }

    /** Claims and sends batches while they come back full; the number sent. */
    Uni<Integer> drain() {
        return store.claim(settings.batchSize(), settings.claimLease()).flatMap(batch -> sendAll(batch)
                .flatMap(sent -> batch.size() < settings.batchSize() ? Uni.createFrom().item(sent)
                        : drain().map(more -> sent + more)));
    }

    private Uni<Integer> sendAll(List<AlertDeliveryStore.Claimed> batch) {
        return Multi.createFrom().iterable(batch).onItem().transformToUni(this::send)
                .merge(Math.max(1, settings.sendConcurrency()))
                .collect().with(java.util.stream.Collectors.summingInt(ok -> ok ? 1 : 0));
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
