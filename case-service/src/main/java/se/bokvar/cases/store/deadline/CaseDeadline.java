package se.bokvar.cases.store.deadline;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * A stored deadline ({@code case_deadline}), mapped so that queries read its columns with their types. Written only by
 * {@link DeadlineStore}'s statements; read as plain values (projections), never loaded as managed entities.
 */
@Entity
@Table(name = "case_deadline")
@IdClass(CaseDeadline.Key.class)
public class CaseDeadline {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    public String kind;

    @Id
    public String ref;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "act_by")
    public LocalDate actBy;

    @Column(nullable = false)
    public String state;

    @Column(name = "near_at")
    public OffsetDateTime nearAt;

    @Column(name = "next_check_at")
    public OffsetDateTime nextCheckAt;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "details::text", write = "cast(cast(? as text) as jsonb)")
    public String details;

    @Column(name = "computed_at", nullable = false)
    public OffsetDateTime computedAt;

    public static class Key implements Serializable {
        public UUID caseId;
        public String kind;
        public String ref;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(kind, k.kind)
                    && Objects.equals(ref, k.ref);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, kind, ref);
        }
    }
}
