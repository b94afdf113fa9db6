package se.bokvar.intake.store;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
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

    static final String FIND_SQL = "select request_hash, status, location, response from idempotency_record"
            + " where landlord_id = $1 and idempotency_key = $2";
    static final String INSERT_SQL = "insert into idempotency_record (landlord_id, idempotency_key, request_hash, status,"
            + " location, response) values ($1, $2, $3, $4, $5, $6)";

    /** {@link #find(Mutiny.Session, String, String)} on a connection of the reactive client. */
    public Uni<IdempotencyRecord> find(SqlConnection connection, String landlordId, String key) {
        return connection.preparedQuery(FIND_SQL).execute(Tuple.of(landlordId, key)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            IdempotencyRecord record = new IdempotencyRecord();
            record.landlordId = landlordId;
            record.idempotencyKey = key;
            record.requestHash = row.getString(0);
            record.status = row.getInteger(1);
            record.location = row.getString(2);
            record.response = row.getString(3);
            return record;
        });
    }

    /** {@link #insert(Mutiny.Session, IdempotencyRecord)} on a connection of the reactive client. */
    public Uni<Integer> insert(SqlConnection connection, IdempotencyRecord record) {
        return connection.preparedQuery(INSERT_SQL).execute(Tuple.tuple(java.util.Arrays.asList(record.landlordId,
                record.idempotencyKey, record.requestHash, record.status, record.location, record.response)))
                .map(rows -> rows.rowCount());
    }

    /** Removes the records older than {@code retention} (by the database's clock, which stamped them); returns how many. */
    public Uni<Integer> removeExpired(Duration retention) {
        return pool.preparedQuery("delete from idempotency_record where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .map(rows -> rows.rowCount());
    }
}
