package se.bokvar.kronofogden.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends a generated notice every {@code simulator.send-every} (BOKVAR_SIMULATOR_SEND_EVERY; off by default). */
@ApplicationScoped
public class ScheduledSender {

    private static final Logger LOG = Logger.getLogger(ScheduledSender.class);

    @Inject
    Simulator simulator;

    @Scheduled(every = "${simulator.send-every}", delay = 60, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        try {
            Inbox.Sent sent = simulator.sendNotice(null);
            LOG.infof("Sent notice %s on schedule; the adapter answered %d", sent.kfmCaseNumber(), sent.adapterStatus());
        } catch (AdapterClient.Unavailable e) {
            LOG.warnf("Scheduled notice not sent: %s", e.getMessage());
        }
    }
}
