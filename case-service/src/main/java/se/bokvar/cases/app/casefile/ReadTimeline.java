package se.bokvar.cases.app.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;

/** A case's timeline with its deadlines as they stand (audited as {@code case.timeline}). */
@ApplicationScoped
public class ReadTimeline {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final DeadlineService deadlines;
    private final CaseFileStore files;
    private final ObjectMapper mapper;

    @Inject
    public ReadTimeline(Mutiny.SessionFactory sessionFactory, AuditLog audit, DeadlineService deadlines,
            CaseFileStore files, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.deadlines = deadlines;
        this.files = files;
        this.mapper = mapper;
    }

    /** The case's timeline with its deadlines as they stand (audited as {@code case.timeline}). */
    public Uni<se.bokvar.cases.app.casefile.TimelineView> timeline(Caller caller, UUID id) {
        return sessionFactory.withTransaction((session, tx) -> CaseAccess.visible(session, caller, id).flatMap(c -> files.timeline(session, id)
                .flatMap(entries -> deadlines.current(session, c).map(ds -> new se.bokvar.cases.app.casefile.TimelineView(c.id,
                        c.status.name(), entries.stream().map(this::entry).toList(),
                        ds.stream().map(d -> new CaseView.Deadline(d.kind().name(), d.ref(), d.state().name(), d.dueOn(),
                                ReadCase.utc(d.endsAt()), d.actBy(), ReadCase.utc(d.nearAt()), ReadCase.note(d))).toList())))
                .flatMap(view -> audit.record(session, caller, "case.timeline", "case", List.of(id.toString()), null)
                        .replaceWith(view))));
    }

    @SuppressWarnings("unchecked")
    private se.bokvar.cases.app.casefile.TimelineView.Entry entry(se.bokvar.cases.store.TimelineEntry e) {
        java.util.Map<String, Object> details = null;
        if (e.details != null) {
            try {
                details = mapper.readValue(e.details, java.util.Map.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                details = java.util.Map.of();
            }
        }
        return new se.bokvar.cases.app.casefile.TimelineView.Entry(e.at, e.kind, e.summary, e.actor, e.ref, details);
    }
}
