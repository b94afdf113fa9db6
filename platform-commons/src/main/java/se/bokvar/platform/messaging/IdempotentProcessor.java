package se.bokvar.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** One event's work, for {@link #processAll}. */
    public record Work(IncomingEvent event, Function<Mutiny.Session, Uni<Void>> work) {
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
    public Uni<List<Boolean>> processAll(List<Work> batch) {
        return sessionFactory.withTransaction((session, tx) -> {
            List<Boolean> ran = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Work w : batch) {
                chain = chain.chain(() -> traced(w.event(), () -> mark(session, w.event()).chain(inserted -> {
                    ran.add(inserted);
                    return inserted ? w.work().apply(session).chain(session::flush).invoke(session::clear)
                            : Uni.createFrom().voidItem();
                })));
            }
            return chain.replaceWith(ran);
        })
                .onFailure(TransientFailures::isTransient)
                .invoke(f -> LOG.warnf("Transient failure processing a batch of %d events: %s; retrying", batch.size(),
                        f.getClass().getSimpleName()))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
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
