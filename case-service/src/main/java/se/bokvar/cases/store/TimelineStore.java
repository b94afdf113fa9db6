package se.bokvar.cases.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Timeline entries of many cases in one statement (a batch of registrations). */
@ApplicationScoped
public class TimelineStore {

    /** The entries in the order given (their {@code seq} follows it); the rows come as one JSON array. */
    static final String INSERT_ALL = """
            insert into case_timeline (case_id, at, kind, summary, actor, ref, details)
            select t.case_id, t.at, t.kind, t.summary, t.actor, t.ref, t.details
            from rows from (jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as (case_id uuid, at timestamptz,
                kind text, summary text, actor text, ref text, details jsonb)) with ordinality
                as t(case_id, at, kind, summary, actor, ref, details, n)
            order by t.n
            """;

    private final ObjectMapper mapper;

    @Inject
    public TimelineStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Inserts the entries (their details already JSON text) in the caller's transaction. */
    public Uni<Void> insertAll(Mutiny.Session session, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        try {
            for (TimelineEntry e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("case_id", e.caseId);
                row.put("at", e.at.toInstant().toString());
                row.put("kind", e.kind);
                row.put("summary", e.summary);
                row.put("actor", e.actor);
                row.put("ref", e.ref);
                row.put("details", e.details == null ? null : mapper.readTree(e.details));
                rows.add(row);
            }
            return session.createNativeQuery(INSERT_ALL).setParameter(1, mapper.writeValueAsString(rows)).executeUpdate()
                    .replaceWithVoid();
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("timeline entries are not serialisable", e));
        }
    }
}
