package se.bokvar.cases.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.notice.IncomingNotice;
import se.bokvar.cases.app.notice.RegisterNotice;
import se.bokvar.cases.app.notice.UpdateEviction;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.platform.messaging.EventRoutes;

/**
 * Consumes kronofogden-adapter's eviction events (bokvar.kronofogden.evictions.v1): a notice becomes an urgent case
 * or joins the household's open case; updates move, postpone, cancel or close the eviction on it.
 */
@ApplicationScoped
public class EvictionEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public EvictionEventsConsumer(CaseEventRoutes frame, RegisterNotice registration, UpdateEviction update) {
        this.routes = frame.start()
                .on(EvictionEvents.NOTICE_RECEIVED, (session, r) -> registration
                        .handle(session, IncomingNotice.of(r.data(), r.event().data())).replaceWithVoid())
                .on(EvictionEvents.UPDATED, (session, r) -> update.handle(session, r.event(), r.data()))
                .build();
    }

    @Incoming("evictions")
    public Uni<Void> consume(Message<String> message) {
        return routes.consume(message);
    }
}
