package se.bokvar.kronofogden.app.delivery;

import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the adapter delivers to Kronofogden and the letter channel ({@code bokvar.delivery.*}). */
@ConfigMapping(prefix = "bokvar.delivery")
public interface DeliveryConfig {

    /** Whether this instance runs the delivery worker. */
    @WithDefault("true")
    boolean enabled();

    /** How often the worker looks for due deliveries (new ones are also attempted at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries claimed per round (attempted concurrently). */
    @WithDefault("20")
    int batchSize();

    /** The wait after the first failed attempt; doubled after each further failure. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** The longest wait between attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** How long a claimed delivery stays with the worker that claimed it (then another may take it). */
    @WithDefault("2m")
    Duration lease();

    /**
     * The time of day (Europe/Stockholm) at which supervisors are alerted if an acknowledgement due that day is
     * still not confirmed.
     */
    @WithDefault("16:00")
    LocalTime overdueAlertTime();

    /**
     * For an acknowledgement named after the alert time (a late notice): alert if it is not confirmed within this
     * long, and at the latest when the due day ends.
     */
    @WithDefault("15m")
    Duration overdueGrace();
}
