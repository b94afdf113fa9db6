package se.bokvar.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code bokvar.outbox.*}). */
@ConfigMapping(prefix = "bokvar.outbox")
public interface OutboxRelayConfig {

    /** Whether this instance runs the relay. */
    @WithDefault("true")
    @io.smallrye.config.WithName("relay.enabled")
    boolean enabled();

    /** Rows per transaction. */
    @WithDefault("200")
    @io.smallrye.config.WithName("relay.batch-size")
    int batchSize();

    /** How often an idle relay looks for rows (commits also nudge it). */
    @WithDefault("100ms")
    @io.smallrye.config.WithName("relay.poll-interval")
    Duration pollInterval();

    /** How long the relay waits for Kafka to acknowledge a batch before rolling back and retrying. */
    @WithDefault("20s")
    @io.smallrye.config.WithName("relay.publish-timeout")
    Duration publishTimeout();

    @WithDefault("200ms")
    @io.smallrye.config.WithName("relay.initial-backoff")
    Duration initialBackoff();

    @WithDefault("5s")
    @io.smallrye.config.WithName("relay.max-backoff")
    Duration maxBackoff();

    /** How long published rows are kept (for replay) before cleanup deletes them. */
    @WithDefault("7d")
    Duration retention();

    @WithDefault("1h")
    @io.smallrye.config.WithName("cleanup-interval")
    Duration cleanupInterval();
}
