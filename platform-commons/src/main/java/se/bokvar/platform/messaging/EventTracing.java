package se.bokvar.platform.messaging;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/** Reads the W3C trace context an event carries (its {@code traceparent} header). */
final class EventTracing {

    private static final TextMapGetter<IncomingEvent> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(IncomingEvent event) {
            return java.util.List.of("traceparent");
        }

        @Override
        public String get(IncomingEvent event, String key) {
            return event == null || !"traceparent".equals(key) ? null : event.traceparent();
        }
    };

    private EventTracing() {
    }

    /** The context to continue: the event's trace if it carries one, else the current one. */
    static Context parentOf(IncomingEvent event) {
        if (event.traceparent() == null) {
            return Context.current();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), event, GETTER);
    }
}
