package se.bokvar.cases.events;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IdempotentProcessor;

/** Starts the routes of case-service's consumers on the shared frame; after applied work the outbox relay is nudged. */
@ApplicationScoped
public class CaseEventRoutes {

    private final IdempotentProcessor processor;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CaseAnnouncements announcements;

    @Inject
    public CaseEventRoutes(IdempotentProcessor processor, ObjectMapper mapper, Clock clock, CaseAnnouncements announcements) {
        this.processor = processor;
        this.mapper = mapper;
        this.clock = clock;
        this.announcements = announcements;
    }

    /** A consumer's routes: add one per event type, then build. */
    public EventRoutes.Builder start() {
        return EventRoutes.using(processor, mapper, clock).afterApplied(announcements::nudge);
    }
}
