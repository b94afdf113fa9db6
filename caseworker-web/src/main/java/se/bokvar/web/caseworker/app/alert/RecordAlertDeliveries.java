package se.bokvar.web.caseworker.app.alert;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.web.caseworker.store.alert.AlertDeliveryStore;

/**
 * A deadline alert from case-service becomes one pending e-mail per recipient, in the transaction that marks the
 * event processed: the mails are sent after the commit ({@link SendAlertMails}), so a crash loses none and a
 * redelivered event adds none.
 */
@ApplicationScoped
public class RecordAlertDeliveries {

    private static final Logger LOG = Logger.getLogger(RecordAlertDeliveries.class);

    private final AlertRecipients recipients;
    private final AlertDeliveryStore store;
    private final AlertMetrics metrics;

    @Inject
    public RecordAlertDeliveries(AlertRecipients recipients, AlertDeliveryStore store, AlertMetrics metrics) {
        this.recipients = recipients;
        this.store = store;
        this.metrics = metrics;
    }

    public Uni<Void> record(Mutiny.Session session, DeadlineAlertV1 alert) {
        AlertRecipients.Resolution resolution = recipients.resolve(alert);
        List<AlertDeliveryStore.NewDelivery> deliveries = resolution.recipients().stream()
                .map(r -> new AlertDeliveryStore.NewDelivery(alert.alertId(), r.address(), r.kind().name(), alert.caseId(),
                        alert.deadline(), alert.alert(), alert.dueOn(), AlertMailText.messageId(alert.alertId(), r.address())))
                .toList();
        return store.record(session, deliveries).invoke(added -> {
            resolution.fallback().ifPresent(metrics::fellBack);
            if (resolution.noMailboxForUnit()) {
                metrics.noMailboxForUnit();
            }
            if (deliveries.isEmpty()) {
                metrics.noRecipient();
                // ids only: never who was assigned or where it would have gone
                LOG.warnf("Deadline alert %s of case %s reaches nobody: no mailbox for its board or the central one",
                        alert.alertId(), alert.caseId());
            }
            resolution.recipients().forEach(r -> metrics.recorded(r.kind()));
        }).replaceWithVoid();
    }
}
