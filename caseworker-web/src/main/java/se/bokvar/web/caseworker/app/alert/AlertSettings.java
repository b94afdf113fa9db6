package se.bokvar.web.caseworker.app.alert;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The alert e-mails' settings ({@code bokvar.alerts.*}; see application.properties). */
@ConfigMapping(prefix = "bokvar.alerts")
public interface AlertSettings {

    /** The desk's public address, for the link to the case ({@code BOKVAR_WEB_BASE_URL}). */
    @WithName("web-base-url")
    String webBaseUrl();

    /** The functional mailboxes file ({@code BOKVAR_ALERT_MAILBOXES}); {@code classpath}: the bundled SAMPLE. */
    @WithDefault("classpath")
    String mailboxes();

    /** The caseworker directory ({@code BOKVAR_CASEWORKER_DIRECTORY}); {@code classpath}: the bundled SAMPLE. */
    @WithName("caseworker-directory")
    @WithDefault("classpath")
    String caseworkerDirectory();

    /** How often the sender looks for due mails (a duration such as {@code 10s}; {@code off} stops it). */
    @WithName("send-interval")
    @WithDefault("10s")
    String sendInterval();

    /** At most this many mails per round of the sender. */
    @WithName("batch-size")
    @WithDefault("50")
    int batchSize();

    /** How many mails of a batch are sent at once (the mailer's connection pool is sized to match). */
    @WithDefault("8")
    int sendConcurrency();

    /** How long a replica may take to send a claimed mail before another may try it. */
    @WithName("claim-lease")
    @WithDefault("2m")
    Duration claimLease();

    /** The wait after the first failed attempt; doubled after each further one, up to {@link #retryMax()}. */
    @WithName("retry-initial")
    @WithDefault("30s")
    Duration retryInitial();

    @WithName("retry-max")
    @WithDefault("1h")
    Duration retryMax();
}
