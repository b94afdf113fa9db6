package se.bokvar.platform.outbox;

/**
 * The W3C {@code traceparent} of the current request, stored with each outbox row so that one notice can be
 * followed from intake to case across Kafka. Without tracing on the classpath this is null.
 */
public final class TraceContext {

    private static volatile java.util.function.Supplier<String> supplier = () -> null;

    private TraceContext() {
    }

    public static String currentTraceparent() {
        return supplier.get();
    }

    /** Installed by the tracing integration at startup. */
    public static void install(java.util.function.Supplier<String> traceparentSupplier) {
        supplier = traceparentSupplier;
    }
}
