package se.bokvar.cases.store.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.deadline.DeadlineStore.DeadlineRow;

/**
 * A case's computed deadlines as stored ({@code case_deadline}, the inbox's sort key): compared with what is stored,
 * only new and changed rows are written.
 */
@ApplicationScoped
public class DeadlineRows {

    /** New or changed deadlines of a case, however many, in one statement; the rows come as one JSON array. */
    static final String UPSERT = """
            insert into case_deadline (case_id, kind, ref, due_on, due_at, act_by, state, near_at, next_check_at,
                                       details, computed_at)
            select ?1, d.kind, d.ref, d.due_on, d.due_at, d.act_by, d.state, d.near_at, d.next_check_at, d.details, ?3
            from jsonb_to_recordset(cast(cast(?2 as text) as jsonb)) as d(kind text, ref text, due_on date,
                due_at timestamptz, act_by date, state text, near_at timestamptz, next_check_at timestamptz, details jsonb)
            on conflict (case_id, kind, ref) do update set due_on = excluded.due_on, due_at = excluded.due_at,
                act_by = excluded.act_by, state = excluded.state, near_at = excluded.near_at,
                next_check_at = excluded.next_check_at, details = excluded.details, computed_at = excluded.computed_at
            """;
    /** The deadlines of cases opened in this transaction (nothing stored for them yet), in one statement. */
    static final String INSERT_ALL = """
            insert into case_deadline (case_id, kind, ref, due_on, due_at, act_by, state, near_at, next_check_at,
                                       details, computed_at)
            select d.case_id, d.kind, d.ref, d.due_on, d.due_at, d.act_by, d.state, d.near_at, d.next_check_at,
                   d.details, ?2
            from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as d(case_id uuid, kind text, ref text,
                due_on date, due_at timestamptz, act_by date, state text, near_at timestamptz,
                next_check_at timestamptz, details jsonb)
            """;
    static final String DELETE_STALE = "delete from case_deadline where case_id = ?1 and kind || ':' || ref = any(?2)";
    /** The stored deadlines of a case, to compare with a new computation. */
    static final String STORED = """
            select d.kind, d.ref, d.dueOn, d.dueAt, d.actBy, d.state, d.nearAt, d.nextCheckAt, d.details
            from CaseDeadline d where d.caseId = :id
            """;
    private final ObjectMapper mapper;

    @Inject
    public DeadlineRows(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Stores the case's computed deadlines: compared with the stored ones, only new and changed rows are written (one
     * statement) and the rows no longer computed deleted, so a further notice on a case with many rewrites one row,
     * not all of them.
     *
     * @param newCase the case was opened in this transaction: nothing is stored for it yet, so nothing is read
     */
    public Uni<Void> sync(Mutiny.Session session, UUID caseId, List<DeadlineRow> rows, OffsetDateTime computedAt,
            boolean newCase) {
        Uni<Map<String, DeadlineRow>> stored = newCase ? Uni.createFrom().item(Map.of()) : stored(session, caseId);
        return stored.flatMap(before -> {
            List<Map<String, Object>> changed = new ArrayList<>();
            Set<String> stale = new HashSet<>(before.keySet());
            for (DeadlineRow d : rows) {
                String key = d.kind() + ":" + d.ref();
                stale.remove(key);
                if (!same(before.get(key), d)) {
                    changed.add(jsonRow(d));
                }
            }
            Uni<Void> written = changed.isEmpty() ? Uni.createFrom().voidItem()
                    : session.createNativeQuery(UPSERT).setParameter(1, caseId).setParameter(2, json(changed))
                            .setParameter(3, computedAt).executeUpdate().replaceWithVoid();
            return stale.isEmpty() ? written : written.flatMap(v -> session.createNativeQuery(DELETE_STALE)
                    .setParameter(1, caseId).setParameter(2, stale.toArray(String[]::new)).executeUpdate()
                    .replaceWithVoid());
        });
    }

    /** Stores the deadlines of cases opened in this transaction, however many, in one statement. */
    public Uni<Void> insertNew(Mutiny.Session session, List<DeadlineRow> rows, OffsetDateTime computedAt) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> json = new ArrayList<>(rows.size());
        for (DeadlineRow d : rows) {
            Map<String, Object> row = jsonRow(d);
            row.put("case_id", d.caseId());
            json.add(row);
        }
        return session.createNativeQuery(INSERT_ALL).setParameter(1, json(json)).setParameter(2, computedAt)
                .executeUpdate().replaceWithVoid();
    }

    /** The case's stored deadlines by {@code kind:ref}. */
    private Uni<Map<String, DeadlineRow>> stored(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery(STORED, Object[].class).setParameter("id", caseId).getResultList().map(list -> {
            Map<String, DeadlineRow> out = new HashMap<>();
            for (Object[] r : list) {
                out.put(r[0] + ":" + r[1], new DeadlineRow(caseId, (String) r[0], (String) r[1], (LocalDate) r[2],
                        (OffsetDateTime) r[3], (LocalDate) r[4], (String) r[5], (OffsetDateTime) r[6],
                        (OffsetDateTime) r[7], details((String) r[8]), null));
            }
            return out;
        });
    }

    /** The same deadline as stored (the computation time aside); false when nothing is stored. */
    static boolean same(DeadlineRow stored, DeadlineRow d) {
        return stored != null && Objects.equals(stored.dueOn(), d.dueOn()) && sameInstant(stored.dueAt(), d.dueAt())
                && Objects.equals(stored.actBy(), d.actBy()) && Objects.equals(stored.state(), d.state())
                && sameInstant(stored.nearAt(), d.nearAt()) && sameInstant(stored.nextCheckAt(), d.nextCheckAt())
                && Objects.equals(stored.details(), d.details() == null ? Map.of() : d.details());
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.toInstant().equals(b.toInstant());
    }

    private Map<String, Object> details(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", text);
        }
    }

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };

    private static Map<String, Object> jsonRow(DeadlineRow d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", d.kind());
        row.put("ref", d.ref());
        row.put("due_on", text(d.dueOn()));
        row.put("due_at", text(d.dueAt()));
        row.put("act_by", text(d.actBy()));
        row.put("state", d.state());
        row.put("near_at", text(d.nearAt()));
        row.put("next_check_at", text(d.nextCheckAt()));
        row.put("details", d.details());
        return row;
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** An instant as ISO-8601 in UTC with seconds always written, which PostgreSQL reads exactly. */
    static String text(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
