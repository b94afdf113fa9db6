package se.bokvar.cases.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * One version of a notice: the original, a correction, a served-date update or a withdrawal. Never changed; the
 * recovery period is recomputed from them.
 */
@Entity
@Table(name = "case_notice_revision")
@IdClass(NoticeRevision.Key.class)
public class NoticeRevision {

    /** What made this version. */
    public enum Change {
        ORIGINAL, CORRECTION, SERVED_DATE, WITHDRAWAL
    }

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    /** The id of what brought the change: the notice, correction, served-date update or withdrawal. */
    @Column(name = "change_id", nullable = false)
    public UUID changeId;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "served_on")
    public LocalDate servedOn;

    public String tenure;

    public String reason;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static class Key implements Serializable {
        public UUID noticeId;
        public int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(noticeId, k.noticeId) && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(noticeId, revision);
        }
    }
}
