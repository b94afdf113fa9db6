package se.bokvar.platform.observability;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import se.bokvar.platform.outbox.TraceContext;

/**
 * Makes the outbox store the W3C trace context of the request or message that caused each event, so one notice
 * can be followed from intake to its case across Kafka (the relay sends it as the {@code traceparent} header).
 */
public class TraceContextInstaller {

    void install(@Observes Startup event) {
        TraceContext.install(TraceContextInstaller::currentTraceparent);
    }

    static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
