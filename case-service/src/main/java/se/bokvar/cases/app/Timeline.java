package se.bokvar.cases.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.TimelineEntry;
import se.bokvar.rules.calendar.Stockholm;

/** Appends to a case's timeline, in the caller's transaction. */
@ApplicationScoped
public class Timeline {

    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public Timeline(Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    public Uni<Void> add(Mutiny.Session session, UUID caseId, String kind, String summary, String actor, String ref,
            Map<String, ?> details) {
        return add(session, caseId, clock.instant(), kind, summary, actor, ref, details);
    }

    public Uni<Void> add(Mutiny.Session session, UUID caseId, Instant at, String kind, String summary, String actor,
            String ref, Map<String, ?> details) {
        return session.persist(entry(caseId, at, kind, summary, actor, ref, details));
    }

    /** An entry as {@link #add} stores it, for a batch ({@link se.bokvar.cases.store.TimelineStore}). */
    public TimelineEntry entry(UUID caseId, Instant at, String kind, String summary, String actor, String ref,
            Map<String, ?> details) {
        TimelineEntry e = new TimelineEntry();
        e.caseId = caseId;
        e.at = OffsetDateTime.ofInstant(at, Stockholm.STOCKHOLM);
        e.kind = kind;
        e.summary = summary;
        e.actor = actor;
        e.ref = ref;
        e.details = details == null || details.isEmpty() ? null : json(details);
        return e;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline details are not serialisable", e);
        }
    }
}
