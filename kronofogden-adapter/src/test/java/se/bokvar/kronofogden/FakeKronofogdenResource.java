package se.bokvar.kronofogden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.bokvar.local.process.Ports;

/** Starts the {@link FakeKronofogden} and points the adapter's HTTP clients at it. */
public class FakeKronofogdenResource implements QuarkusTestResourceLifecycleManager {

    private FakeKronofogden fake;

    @Override
    public Map<String, String> start() {
        fake = new FakeKronofogden(Ports.freePort());
        try {
            fake.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("BOKVAR_KRONOFOGDEN_URL", fake.kronofogdenUrl(),
                "BOKVAR_KRONOFOGDEN_API_KEY", FakeKronofogden.KRONOFOGDEN_KEY,
                "BOKVAR_LETTER_CHANNEL_URL", fake.letterChannelUrl(),
                "BOKVAR_LETTER_CHANNEL_API_KEY", FakeKronofogden.LETTER_KEY);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(fake, new TestInjector.AnnotatedAndMatchesType(InjectFakeKronofogden.class, FakeKronofogden.class));
    }

    @Override
    public void stop() {
        if (fake != null) {
            fake.stop();
        }
    }
}
