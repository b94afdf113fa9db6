package se.bokvar.platform.keys;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.bokvar.rules.household.TenancyKeys;

/** The keyed hashes of buildings and tenancies, with the platform's secret ({@code BOKVAR_TENANCY_KEY_SECRET}). */
public class TenancyKeysProducer {

    @Produces
    @ApplicationScoped
    public TenancyKeys tenancyKeys(@ConfigProperty(name = "bokvar.tenancy-key.secret") String secret) {
        return new TenancyKeys(secret.getBytes(StandardCharsets.UTF_8));
    }
}
