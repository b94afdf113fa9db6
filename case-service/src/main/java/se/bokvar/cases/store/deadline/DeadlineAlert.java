package se.bokvar.cases.store.deadline;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An alert announced once ({@code deadline_alert}), mapped only so that {@link DeadlineStore#alertsOnce} can read back,
 * as HQL, which of its inserted alerts are new: Hibernate Reactive's native selects (an {@code insert … returning}
 * included) never find their cached plan and add one per execution (docs/benchmarks.md, issue 14, third step).
 * Written only by {@link DeadlineStore}'s insert.
 */
@Entity
@Table(name = "deadline_alert")
public class DeadlineAlert {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;
}
