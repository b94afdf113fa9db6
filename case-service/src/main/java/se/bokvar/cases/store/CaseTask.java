package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A task for another unit of the case's board: the children-and-youth unit when children are affected. */
@Entity
@Table(name = "case_task")
public class CaseTask {

    /** What the other unit is asked to do: take part because children are affected. */
    public enum Kind {
        CHILDREN_INVOLVEMENT
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    public String board;

    @Convert(converter = CaseUnit.Column.class)
    @Column(nullable = false)
    public CaseUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "done_at")
    public OffsetDateTime doneAt;

    @Column(name = "done_by")
    public String doneBy;
}
