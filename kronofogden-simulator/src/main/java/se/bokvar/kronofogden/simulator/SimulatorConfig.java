package se.bokvar.kronofogden.simulator;

import io.smallrye.config.ConfigMapping;

/** The simulator's settings ({@code simulator.*}, from the environment variables in application.properties). */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** The kronofogden-adapter's base URL. */
    String adapterUrl();

    /** Keycloak's token endpoint for the client-credentials grant. */
    String tokenUrl();

    String clientId();

    String clientSecret();

    /** The API key the adapter must send in X-Api-Key to Kronofogden's interface. */
    String kronofogdenApiKey();

    /** The API key the adapter must send in X-Api-Key to the letter channel. */
    String letterChannelApiKey();

    /** How often to send a generated notice on its own ("off", or a duration such as 10m). */
    String sendEvery();
}
