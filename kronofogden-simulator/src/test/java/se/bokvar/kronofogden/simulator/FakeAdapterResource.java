package se.bokvar.kronofogden.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the {@link FakeAdapter} and points the simulator at it. */
public class FakeAdapterResource implements QuarkusTestResourceLifecycleManager {

    /** Injects the fake into a test field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectFakeAdapter {
    }

    private FakeAdapter fake;

    @Override
    public Map<String, String> start() {
        try {
            fake = new FakeAdapter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("BOKVAR_ADAPTER_URL", fake.baseUrl(),
                "BOKVAR_OIDC_URL", fake.baseUrl() + "/realms/bokvar",
                "BOKVAR_KRONOFOGDEN_API_KEY", "sim-test-kfm-key",
                "BOKVAR_LETTER_CHANNEL_API_KEY", "sim-test-letter-key");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fake, new TestInjector.AnnotatedAndMatchesType(InjectFakeAdapter.class, FakeAdapter.class));
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.stop();
        }
    }
}
