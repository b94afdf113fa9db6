package se.bokvar.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.contracts.EventType;
import se.bokvar.platform.outbox.TraceContext;

/**
 * The frame every consumer shares. A consumer names, per CloudEvent type it handles, what the data must hold and the
 * work; the frame does the rest the same way everywhere:
 * <ol>
 * <li>reads the CloudEvent from the Kafka record (not one of the platform: dead-letter topic);</li>
 * <li>finds the route for its type (a type the consumer does not handle is acknowledged and skipped: a producer may
 * publish new types before their consumers know them);</li>
 * <li>reads the data once into the contract's record and checks it (unreadable or incomplete: dead-letter topic,
 * never retried);</li>
 * <li>runs the work exactly once, in one transaction with the processed-event guard ({@link IdempotentProcessor});
 * a failure that is not transient sends the record to the dead-letter topic;</li>
 * <li>calls the consumer's after-applied hook when work ran (e.g. to wake a worker).</li>
 * </ol>
 * {@link #consumeAll} takes a poll's batch of Kafka records in one transaction (one commit for many events), and falls
 * back to one at a time when the batch fails, so one bad event never holds back or dead-letters the others.
 */
public final class EventRoutes {

    private static final Logger LOG = Logger.getLogger(EventRoutes.class);

    /** An event read and checked: its attributes, its data and when this service read it. */
    public record Received<T>(IncomingEvent event, T data, Instant readAt) {
    }

    /** The work for one event type, inside the transaction of the processed-event guard. */
    @FunctionalInterface
    public interface Handler<T> {
        Uni<Void> apply(Mutiny.Session session, Received<T> received);
    }

    /**
     * The work for a run of consecutive events handled together (set-based), inside the transaction of the
     * processed-event guard. Gets, per item, the traceparent of the span continuing its event's trace.
     */
    @FunctionalInterface
    public interface RunHandler<X> {
        Uni<Void> apply(Mutiny.Session session, List<X> items, List<String> traceparents);
    }

    /** A route's part in runs: what one event becomes, and the handler that takes them together. */
    private record RunPart<T, X>(Function<Received<T>, X> item, RunHandler<X> handler) {

        Handler<T> single() {
            return (session, r) -> handler.apply(session, List.of(item.apply(r)),
                    Collections.singletonList(TraceContext.currentTraceparent()));
        }
    }

    private record Route<T>(EventType<T> type, Consumer<T> check, Handler<T> handler, RunPart<T, ?> run) {

        Prepared<T> prepare(IncomingEvent event, ObjectMapper mapper, Clock clock) {
            T data = EventData.read(mapper, event.data(), type.dataClass());
            if (data == null) {
                throw new IncomingEvent.MalformedEventException("no data");
            }
            check.accept(data);
            return new Prepared<>(this, new Received<>(event, data, clock.instant()));
        }
    }

    private record Prepared<T>(Route<T> route, Received<T> received) {

        Uni<Void> run(Mutiny.Session session) {
            return route.handler().apply(session, received);
        }

        /** The handler of the run this event may join, null when it is applied on its own. */
        Object runHandler() {
            return route.run() == null ? null : route.run().handler();
        }

        Object item() {
            return route.run().item().apply(received);
        }
    }

    private final IdempotentProcessor processor;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, Route<?>> routes;
    private final Runnable afterApplied;

    private EventRoutes(Builder builder) {
        this.processor = builder.processor;
        this.mapper = builder.mapper;
        this.clock = builder.clock;
        this.routes = Map.copyOf(builder.routes);
        this.afterApplied = builder.afterApplied;
    }

    /** Starts the routes of one consumer. */
    public static Builder using(IdempotentProcessor processor, ObjectMapper mapper, Clock clock) {
        return new Builder(processor, mapper, clock);
    }

    /** The CloudEvent types this consumer handles. */
    public List<String> types() {
        return List.copyOf(routes.keySet());
    }

    /** Applies one record; the returned Uni completes when the record is acknowledged or dead-lettered. */
    public Uni<Void> consume(Message<String> message) {
        Prepared<?> prepared;
        try {
            prepared = prepare(message);
        } catch (IncomingEvent.MalformedEventException e) {
            return Uni.createFrom().completionStage(message.nack(e));
        }
        if (prepared == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        IncomingEvent event = prepared.received().event();
        return processor.process(event, prepared::run).onItemOrFailure().transformToUni((ran, failure) -> {
            if (failure != null) {
                LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(), failure.getClass().getName());
                return Uni.createFrom().completionStage(message.nack(failure));
            }
            if (Boolean.TRUE.equals(ran)) {
                afterApplied.run();
            }
            return Uni.createFrom().completionStage(message.ack());
        });
    }

    /**
     * Applies a poll's batch of records in one transaction: one commit, and one offset commit, for many events.
     * Malformed records go to the dead-letter topic first, on their own; types without a route are skipped. If the
     * transaction fails for any reason but a transient one (those are retried whole), every record of the batch is
     * applied again one at a time in its own transaction, so only the event that fails goes to the dead-letter topic
     * and the others are applied. The batch is acknowledged as a whole once every record is applied or
     * dead-lettered: the connector commits the latest offset of each partition (acknowledging records one by one
     * would leave offsets the commit strategy never received).
     */
    public Uni<Void> consumeAll(KafkaRecordBatch<String, String> batch) {
        List<Message<String>> accepted = new ArrayList<>();
        List<Prepared<?>> work = new ArrayList<>();
        Uni<Void> deadLettered = Uni.createFrom().voidItem();
        for (Message<String> record : batch.getRecords()) {
            try {
                Prepared<?> prepared = prepare(record);
                if (prepared != null) {
                    accepted.add(record);
                    work.add(prepared);
                }
            } catch (IncomingEvent.MalformedEventException e) {
                deadLettered = deadLettered.chain(() -> Uni.createFrom().completionStage(record.nack(e)));
            }
        }
        Uni<Void> applied = work.isEmpty() ? Uni.createFrom().voidItem() : processor.processAll(units(work))
                .onItemOrFailure().transformToUni((ran, failure) -> {
                    if (failure == null) {
                        if (ran.contains(Boolean.TRUE)) {
                            afterApplied.run();
                        }
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("A batch of %d events failed (%s); applying them one at a time", work.size(),
                            failure.getClass().getName());
                    Uni<Void> oneByOne = Uni.createFrom().voidItem();
                    for (int i = 0; i < work.size(); i++) {
                        Prepared<?> prepared = work.get(i);
                        Message<String> record = accepted.get(i);
                        oneByOne = oneByOne.chain(() -> apply(prepared, record));
                    }
                    return oneByOne;
                });
        return deadLettered.chain(() -> applied).chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }

    /**
     * The batch's parts: consecutive events of the same run handler become one run (two or more), every other event
     * its own work, in the batch's order.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<IdempotentProcessor.Unit> units(List<Prepared<?>> work) {
        List<IdempotentProcessor.Unit> units = new ArrayList<>();
        int i = 0;
        while (i < work.size()) {
            Prepared<?> first = work.get(i);
            Object handler = first.runHandler();
            int end = i + 1;
            while (handler != null && end < work.size() && work.get(end).runHandler() == handler) {
                end++;
            }
            if (end - i < 2) {
                units.add(new IdempotentProcessor.Work(first.received().event(), first::run));
            } else {
                List<IncomingEvent> events = new ArrayList<>(end - i);
                List<Object> items = new ArrayList<>(end - i);
                for (Prepared<?> p : work.subList(i, end)) {
                    events.add(p.received().event());
                    items.add(p.item());
                }
                RunHandler run = (RunHandler) handler;
                units.add(new IdempotentProcessor.Run(events, (session, traceparents) -> run.apply(session, items,
                        traceparents)));
            }
            i = end;
        }
        return units;
    }

    /** One event in its own transaction for {@link #consumeAll}: dead-lettered when it fails, never acknowledged alone. */
    private Uni<Void> apply(Prepared<?> prepared, Message<String> record) {
        IncomingEvent event = prepared.received().event();
        return processor.process(event, prepared::run).onItemOrFailure().transformToUni((ran, failure) -> {
            if (failure != null) {
                LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(), failure.getClass().getName());
                return Uni.createFrom().completionStage(record.nack(failure));
            }
            if (Boolean.TRUE.equals(ran)) {
                afterApplied.run();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** The route and checked data of a record, null for a type without a route. */
    private Prepared<?> prepare(Message<String> message) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(message);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Not a CloudEvent of the platform (%s); sent to the dead-letter topic", e.getMessage());
            throw e;
        }
        Route<?> route = routes.get(event.type());
        if (route == null) {
            LOG.debugf("Ignoring event type %s", event.type());
            return null;
        }
        try {
            return route.prepare(event, mapper, clock);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Event %s (%s) has unreadable or incomplete data (%s); sent to the dead-letter topic", event.id(),
                    event.type(), e.getMessage());
            throw e;
        }
    }

    /** The routes of one consumer. */
    public static final class Builder {

        private final IdempotentProcessor processor;
        private final ObjectMapper mapper;
        private final Clock clock;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();
        private Runnable afterApplied = () -> {
        };

        private Builder(IdempotentProcessor processor, ObjectMapper mapper, Clock clock) {
            this.processor = processor;
            this.mapper = mapper;
            this.clock = clock;
        }

        /** Handles a type whose data needs no check beyond being readable. */
        public <T> Builder on(EventType<T> type, Handler<T> handler) {
            return on(type, data -> {
            }, handler);
        }

        /**
         * Handles a type.
         *
         * @param check throws {@link IncomingEvent.MalformedEventException} (see {@link #require}) when the data lacks
         *        what the work needs; such an event goes to the dead-letter topic
         */
        public <T> Builder on(EventType<T> type, Consumer<T> check, Handler<T> handler) {
            return add(new Route<>(type, check, handler, null));
        }

        /**
         * Handles a type together with the consecutive events of a batch that go to the same run handler (of this
         * or another type): one call for the run, e.g. set-based SQL for many notices. An event applied on its own
         * (a batch of one, a retry one at a time) is a run of one.
         *
         * @param item what the event becomes for the run handler
         */
        public <T, X> Builder onRun(EventType<T> type, Function<Received<T>, X> item, RunHandler<X> handler) {
            RunPart<T, X> run = new RunPart<>(item, handler);
            return add(new Route<>(type, data -> {
            }, run.single(), run));
        }

        private Builder add(Route<?> route) {
            if (routes.putIfAbsent(route.type().type(), route) != null) {
                throw new IllegalStateException("two routes for " + route.type().type());
            }
            return this;
        }

        /** Runs after an event's work has committed (not for duplicates, skipped types or failures). */
        public Builder afterApplied(Runnable hook) {
            this.afterApplied = hook;
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(this);
        }
    }

    /** For checks: fails the event as malformed unless {@code condition} holds. */
    public static void require(boolean condition, String what) {
        if (!condition) {
            throw new IncomingEvent.MalformedEventException(what);
        }
    }
}
