package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;
import se.bokvar.local.stack.Walkthrough;

/**
 * One stack for every system test that leaves it as it found it (the walkthrough, the consent gate, the desk in a
 * browser): started once per test JVM by the same code as {@code ./bokvar up}, the desk included, and closed after
 * the last test. The walkthrough runs on it once, through recording proxies in front of case-service and
 * consent-service, and every test reads its result ({@link #walkthrough()}). Tests that break the stack on purpose
 * (the fault drills) start their own.
 */
final class SharedStack implements BeforeAllCallback {

    /** The walkthrough's run: what it printed, how it ended, the landlord notice's case, every call it made. */
    record Walk(String output, int exitCode, String landlordCase, RecordingProxy cases, RecordingProxy consent) {
    }

    private static Holder holder;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedStack.class) {
            if (holder == null) {
                holder = new Holder(start());
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedStack.class, holder);
            }
        }
    }

    static Stack stack() {
        return holder.stack;
    }

    /** Stops the shared stack now (before a test that needs the machine to itself); a later test starts it again. */
    static synchronized void stop() {
        synchronized (SharedStack.class) {
            if (holder != null) {
                holder.close();
                holder = null;
            }
        }
    }

    /** The walkthrough, run once on the shared stack the first time a test asks. */
    static synchronized Walk walkthrough() throws Exception {
        if (holder.walk == null) {
            holder.walk = runWalkthrough(holder.stack);
        }
        return holder.walk;
    }

    private static Stack start() throws Exception {
        Path root = Path.of(System.getProperty("bokvar.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("system-tests/target");
        return Stack.start(new Stack.Options(root, target.resolve("shared-stack"), target, StackPorts.random(), true,
                ServiceSpec.ALL, System.out, environment(), List.of(ServiceSpec.CASEWORKER_WEB)));
    }

    /**
     * What the services run with here beyond the defaults of {@code ./bokvar up}: case-service looks for deadlines
     * every two seconds and calls a recovery period near 30 days ahead, so a fresh case's alert comes at once.
     */
    static Map<String, String> environment() {
        return Map.of("BOKVAR_NEAR_RECOVERY_PERIOD", "P30D", "BOKVAR_SCAN_INTERVAL", "2s");
    }

    private static Walk runWalkthrough(Stack stack) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", Walkthrough.script()).redirectErrorStream(true);
        bash.environment().putAll(Walkthrough.environment(stack));
        // case-service and consent-service behind recording proxies: the audit check knows every read made
        RecordingProxy cases = new RecordingProxy(stack.url(ServiceSpec.CASES));
        RecordingProxy consent = new RecordingProxy(stack.url(ServiceSpec.CONSENT));
        bash.environment().put("CASES", cases.url());
        bash.environment().put("CONSENT", consent.url());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the walkthrough ends").isTrue();
        System.out.println(output);
        Matcher m = Pattern.compile("is case ([0-9a-f-]{36});").matcher(output);
        return new Walk(output, process.exitValue(), m.find() ? m.group(1) : null, cases, consent);
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Stack stack;
        Walk walk;
        private boolean closed;

        Holder(Stack stack) {
            this.stack = stack;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (walk != null) {
                walk.cases().close();
                walk.consent().close();
            }
            stack.close();
        }
    }
}
