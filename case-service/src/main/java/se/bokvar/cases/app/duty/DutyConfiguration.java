package se.bokvar.cases.app.duty;

import java.time.LocalTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.bokvar.rules.directory.CaseworkerDirectory;

/** Loads the caseworker directory and the duty roster at start-up (a bad file stops the service with its line). */
public class DutyConfiguration {

    private static final Logger LOG = Logger.getLogger(DutyConfiguration.class);

    @Produces
    @ApplicationScoped
    CaseworkerDirectory directory(@ConfigProperty(name = "bokvar.caseworker-directory") String location) {
        if ("classpath".equals(location)) {
            LOG.warn("Using the bundled SAMPLE caseworker directory; set BOKVAR_CASEWORKER_DIRECTORY before production");
            return CaseworkerDirectory.load(CaseworkerDirectory.SAMPLE);
        }
        return CaseworkerDirectory.load(location);
    }

    @Produces
    @ApplicationScoped
    DutyRoster roster(@ConfigProperty(name = "bokvar.duty-roster") String location, CaseworkerDirectory directory) {
        if ("classpath".equals(location)) {
            LOG.warn("Using the bundled SAMPLE duty roster; set BOKVAR_DUTY_ROSTER before production");
            return DutyRoster.load(DutyRoster.SAMPLE, directory);
        }
        return DutyRoster.load(location, directory);
    }

    /** The time of day from which the duty caseworker is named for an unassigned Kronofogden notice. */
    @Produces
    @CutOff
    LocalTime cutOff(@ConfigProperty(name = "bokvar.kfm.cut-off") LocalTime cutOff) {
        return cutOff;
    }
}
