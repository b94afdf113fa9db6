package se.bokvar.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import se.bokvar.platform.outbox.TraceContext;

/**
 * The processed-event guard: runs a consumer's work in one transaction together with recording the event id
 * in {@code processed_event}. A redelivered event finds its id there and is skipped, so at-least-once delivery
 * from Kafka becomes exactly-once effect. Transient database failures are retried with backoff (the partition
 * waits, nothing is skipped); other failures propagate so the message goes to the dead-letter topic.
 */
@ApplicationScoped
public class IdempotentProcessor {

    private static final Logger LOG = Logger.getLogger(IdempotentProcessor.class);
    static final String MARK = "insert into processed_event (event_id, event_type) values (?1, ?2) on conflict do nothing";
    /** A run's events marked in one statement; the rows come as one JSON array. */
    static final String MARK_ALL = """
            insert into processed_event (event_id, event_type)
            select e.event_id, e.event_type
            from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as e(event_id uuid, event_type text)
            on conflict do nothing
            """;

    private final Mutiny.SessionFactory sessionFactory;
    private final Tracer tracer;

    @Inject
    public IdempotentProcessor(Mutiny.SessionFactory sessionFactory, Tracer tracer) {
        this.sessionFactory = sessionFactory;
        this.tracer = tracer;
    }

    /**
     * Runs {@code work} unless this event was processed before.
     *
     * @return true if the work ran, false for a duplicate
     */
    public Uni<Boolean> process(IncomingEvent event, Function<Mutiny.Session, Uni<Void>> work) {
        // Continue the producer's trace: everything this event causes (logs, the events it announces) carries
        // the trace id of the request that started it.
        Span span = tracer.spanBuilder("process " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(EventTracing.parentOf(event)).startSpan();
        Scope scope = span.makeCurrent();
        return transactional(event, work).eventually(() -> {
            scope.close();
            span.end();
        });
    }

    /** A part of a batch for {@link #processAll}: one event's work, or a run of events done together. */
    public sealed interface Unit permits Work, Run {
    }

    /** One event's work, for {@link #processAll}. */
    public record Work(IncomingEvent event, Function<Mutiny.Session, Uni<Void>> work) implements Unit {
    }

    /**
     * Consecutive events whose work is done together, set-based (e.g. a poll's new notices), for {@link #processAll}.
     * The work gets, per event, the traceparent of the span that continues the event's trace, for what it announces.
     */
    public record Run(List<IncomingEvent> events, BiFunction<Mutiny.Session, List<String>, Uni<Void>> work) implements Unit {
    }

    /**
     * A run held an event processed before (a redelivery): the batch is applied again one event at a time, where each
     * duplicate is recognised and skipped on its own.
     */
    public static final class DuplicateInRun extends RuntimeException {
        DuplicateInRun(int fresh, int events) {
            super(fresh + " of a run of " + events + " events were new", null, false, false);
        }
    }

    /**
     * Runs the work of every event that was not processed before, in order, in one transaction: all commit together
     * or none does. Each event's work continues its producer's trace in a span of its own. After each event the
     * session is flushed and cleared, so the next event's work reads the rows afresh and a flush never dirty-checks
     * the entities of the events before it (a batch costs the sum of its events, not their square). Transient
     * failures retry the whole batch.
     *
     * @return per event, true if its work ran, false for a duplicate
     */
    public Uni<List<Boolean>> processAll(List<? extends Unit> batch) {
        int events = batch.stream().mapToInt(u -> u instanceof Run r ? r.events().size() : 1).sum();
        return sessionFactory.withTransaction((session, tx) -> {
            List<Boolean> ran = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Unit unit : batch) {
                if (unit instanceof Work w) {
                    chain = chain.chain(() -> traced(w.event(), () -> mark(session, w.event()).chain(inserted -> {
                        ran.add(inserted);
                        return inserted ? w.work().apply(session).chain(session::flush).invoke(session::clear)
                                : Uni.createFrom().voidItem();
                    })));
                } else {
                    Run r = (Run) unit;
                    chain = chain.chain(() -> run(session, r).invoke(() -> r.events().forEach(e -> ran.add(true))));
                }
            }
            return chain.replaceWith(ran);
        })
                .onFailure(TransientFailures::isTransient)
                .invoke(f -> LOG.warnf("Transient failure processing a batch of %d events: %s; retrying", events,
                        f.getClass().getSimpleName()))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    /**
     * A run: every event marked in one statement (all must be new, else {@link DuplicateInRun}), then the work, each
     * event in a span that continues its producer's trace.
     */
    private Uni<Void> run(Mutiny.Session session, Run run) {
        List<Span> spans = new ArrayList<>(run.events().size());
        List<String> traceparents = new ArrayList<>(run.events().size());
        for (IncomingEvent e : run.events()) {
            Span span = tracer.spanBuilder("process " + e.type()).setSpanKind(SpanKind.CONSUMER)
                    .setParent(EventTracing.parentOf(e)).startSpan();
            spans.add(span);
            try (Scope scope = span.makeCurrent()) {
                traceparents.add(TraceContext.currentTraceparent());
            }
        }
        return markAll(session, run.events())
                .chain(() -> run.work().apply(session, traceparents))
                .chain(session::flush).invoke(session::clear)
                .eventually(() -> spans.forEach(Span::end));
    }

    private Uni<Void> markAll(Mutiny.Session session, List<IncomingEvent> events) {
        StringBuilder json = new StringBuilder(events.size() * 96).append('[');
        for (IncomingEvent e : events) {
            if (json.length() > 1) {
                json.append(',');
            }
            // ids are UUIDs and types are the platform's own names: nothing to escape (checked when the event was read)
            json.append("{\"event_id\":\"").append(e.id()).append("\",\"event_type\":\"").append(e.type()).append("\"}");
        }
        json.append(']');
        return session.createNativeQuery(MARK_ALL).setParameter(1, json.toString()).executeUpdate()
                .invoke(inserted -> {
                    if (inserted != events.size()) {
                        throw new DuplicateInRun(inserted, events.size());
                    }
                }).replaceWithVoid();
    }

    /** Runs one event's part of a batch in a span that continues the event's trace. */
    private <T> Uni<T> traced(IncomingEvent event, Supplier<Uni<T>> work) {
        Span span = tracer.spanBuilder("process " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(EventTracing.parentOf(event)).startSpan();
        Scope scope = span.makeCurrent();
        return Uni.createFrom().<T>deferred(work::get).eventually(() -> {
            scope.close();
            span.end();
        });
    }

    private static Uni<Boolean> mark(Mutiny.Session session, IncomingEvent event) {
        return session.createNativeQuery(MARK).setParameter(1, event.id()).setParameter(2, event.type()).executeUpdate()
                .map(inserted -> {
                    if (inserted == 0) {
                        LOG.debugf("Skipping duplicate event %s (%s)", event.id(), event.type());
                    }
                    return inserted > 0;
                });
    }

    private Uni<Boolean> transactional(IncomingEvent event, Function<Mutiny.Session, Uni<Void>> work) {
        return sessionFactory.withTransaction((session, tx) -> mark(session, event)
                .flatMap(inserted -> inserted ? work.apply(session).replaceWith(true) : Uni.createFrom().item(false)))
                .onFailure(TransientFailures::isTransient)
                .invoke(f -> LOG.warnf("Transient failure processing event %s (%s): %s; retrying", event.id(),
                        event.type(), f.getClass().getSimpleName()))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }
}
