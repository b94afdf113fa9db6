package se.bokvar.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every service uses, in Europe/Stockholm. Tests replace it (a bean of type {@link Clock} wins over
 * this default) to control time without sleeping.
 */
public class ClockProducer {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    @DefaultBean
    public Clock clock() {
        return Clock.system(STOCKHOLM);
    }
}
