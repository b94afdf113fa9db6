package se.bokvar.cases.app.deadline;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.bokvar.rules.deadline.DeadlineEngine;

/** The legal-rules {@link DeadlineEngine} with the configured lead times of its "near" alerts. */
public class DeadlineConfiguration {

    @Produces
    @Singleton
    DeadlineEngine engine(@ConfigProperty(name = "bokvar.deadlines.near.recovery-period") Duration recoveryLead,
            @ConfigProperty(name = "bokvar.deadlines.near.acknowledgement") Duration acknowledgementLead,
            @ConfigProperty(name = "bokvar.deadlines.near.eviction") Duration evictionLead) {
        return new DeadlineEngine(new DeadlineEngine.LeadTimes(recoveryLead, acknowledgementLead, evictionLead));
    }
}
