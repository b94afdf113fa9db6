package se.bokvar.intake.store;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The stored first answers to idempotency keys. */
@ApplicationScoped
public class IdempotencyRecordRepository {

    private final Pool pool;

    @Inject
    public IdempotencyRecordRepository(Pool pool) {
        this.pool = pool;
    }

    /** The record of this landlord's key, or null. */
    public Uni<IdempotencyRecord> find(Mutiny.Session session, String landlordId, String key) {
        return session.createSelectionQuery("from IdempotencyRecord r where r.landlordId = :landlord and r.idempotencyKey = :key",
                IdempotencyRecord.class)
                .setParameter("landlord", landlordId)
                .setParameter("key", key)
                .getSingleResultOrNull();
    }

    /**
     * Inserts the record at once (not at commit), so that of two concurrent requests with one key the second fails
     * on the primary key.
     */
    public Uni<Integer> insert(Mutiny.Session session, IdempotencyRecord record) {
        return session.createNativeQuery("insert into idempotency_record (landlord_id, idempotency_key, request_hash,"
                + " status, location, response) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, record.landlordId)
                .setParameter(2, record.idempotencyKey)
                .setParameter(3, record.requestHash)
                .setParameter(4, record.status)
                .setParameter(5, record.location)
                .setParameter(6, record.response)
                .executeUpdate();
    }

    /** Removes the records older than {@code retention} (by the database's clock, which stamped them); returns how many. */
    public Uni<Integer> removeExpired(Duration retention) {
        return pool.preparedQuery("delete from idempotency_record where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .map(rows -> rows.rowCount());
    }
}
