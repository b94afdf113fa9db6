package se.bokvar.web.caseworker.app.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Loads the caseworker directory (the same file case-service reads) and the functional mailboxes at start-up; a bad
 * file stops the desk naming its line.
 */
public class AlertConfiguration {

    private static final Logger LOG = Logger.getLogger(AlertConfiguration.class);

    @Produces
    @ApplicationScoped
    AlertRecipients recipients(AlertSettings settings) {
        CaseworkerDirectory directory;
        if ("classpath".equals(settings.caseworkerDirectory())) {
            LOG.warn("Using the bundled SAMPLE caseworker directory; set BOKVAR_CASEWORKER_DIRECTORY before production");
            directory = CaseworkerDirectory.load(CaseworkerDirectory.SAMPLE);
        } else {
            directory = CaseworkerDirectory.load(settings.caseworkerDirectory());
        }
        AlertMailboxes mailboxes;
        if ("classpath".equals(settings.mailboxes())) {
            LOG.warn("Using the bundled SAMPLE alert mailboxes; set BOKVAR_ALERT_MAILBOXES before production");
            mailboxes = AlertMailboxes.load(AlertMailboxes.SAMPLE);
        } else {
            mailboxes = AlertMailboxes.load(settings.mailboxes());
        }
        if (mailboxes.of(AlertMailboxes.CENTRAL, "adult").isEmpty()) {
            LOG.warn("The alert mailboxes have no line for central,adult: an alert of an unknown board reaches nobody");
        }
        return new AlertRecipients(directory, mailboxes);
    }

    @Produces
    @ApplicationScoped
    AlertMailText mailText(AlertSettings settings) {
        return new AlertMailText(settings.webBaseUrl());
    }
}
