package se.bokvar.web.caseworker.app.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The alert e-mails' metrics (Prometheus at /q/metrics). Labels are kinds and reasons only, never an address, a
 * user or a case.
 */
@ApplicationScoped
public class AlertMetrics {

    private final MeterRegistry registry;

    @Inject
    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A delivery was recorded for a recipient of this kind. */
    void recorded(AlertRecipients.Kind kind) {
        registry.counter("bokvar_alert_deliveries_recorded", "recipient", kind.name().toLowerCase()).increment();
    }

    /** The responsible caseworker could not be mailed; the unit's mailbox got it (reason: unassigned, not_in_directory). */
    void fellBack(AlertRecipients.Fallback reason) {
        registry.counter("bokvar_alert_recipient_fallbacks", "reason", reason.name().toLowerCase()).increment();
    }

    /** The case's board and unit have no mailbox row: a wider mailbox was used, or none. */
    void noMailboxForUnit() {
        registry.counter("bokvar_alert_recipient_fallbacks", "reason", "no_mailbox_for_unit").increment();
    }

    /** An alert found nobody to mail at all (no mailbox configured for its board nor the central one). */
    void noRecipient() {
        registry.counter("bokvar_alert_recipient_fallbacks", "reason", "no_recipient").increment();
    }

    void sent() {
        registry.counter("bokvar_alert_mails_sent").increment();
    }

    /** A send attempt failed; it is retried. */
    void failed() {
        registry.counter("bokvar_alert_mail_failures").increment();
    }

    /** A mail was sent again because an earlier attempt's outcome is unknown (same Message-ID). */
    void resent() {
        registry.counter("bokvar_alert_mail_resends").increment();
    }
}
