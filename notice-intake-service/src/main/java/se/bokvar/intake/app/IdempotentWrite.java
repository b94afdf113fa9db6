package se.bokvar.intake.app;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import se.bokvar.intake.store.IdempotencyRecord;
import se.bokvar.intake.store.IdempotencyRecordRepository;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/**
 * Where every write's transaction begins, with the {@code Idempotency-Key} header: the first answer to a key is
 * stored in the same transaction as the work, and replayed for the same key with the same request; the same key
 * with another request is a 409. Keys are scoped per landlord. Two concurrent requests with one key: the loser's
 * transaction fails on the key's primary key, rolls back (nothing stored twice) and answers with the winner's stored
 * answer. Keys are kept for {@code bokvar.intake.idempotency.retention} (default 30 days), then removed hourly.
 */
@ApplicationScoped
public class IdempotentWrite {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(IdempotentWrite.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final IdempotencyRecordRepository records;
    private final Vertx vertx;
    private final Pool pool;
    private final Duration retention;

    @Inject
    public IdempotentWrite(Mutiny.SessionFactory sessionFactory, IdempotencyRecordRepository records, Vertx vertx, Pool pool,
            @ConfigProperty(name = "bokvar.intake.idempotency.retention", defaultValue = "30d") Duration retention) {
        this.sessionFactory = sessionFactory;
        this.records = records;
        this.vertx = vertx;
        this.pool = pool;
        this.retention = retention;
    }

    void scheduleCleanup(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> removeExpired().subscribe().with(
                n -> LOG.debugf("Removed %d expired idempotency keys", n),
                f -> LOG.warnf("Removing expired idempotency keys failed: %s", f.getClass().getSimpleName())));
    }

    /** Removes the keys older than the retention; returns how many. */
    public Uni<Integer> removeExpired() {
        return records.removeExpired(retention);
    }

    /** Rejects a key that is empty, too long or not printable ASCII. */
    static void check(String key) {
        if (key == null) {
            return;
        }
        boolean printable = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (!printable) {
            throw ProblemException.validation(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " printable ASCII characters without spaces (a UUID is a good key)");
        }
    }

    /** Runs {@code work} in a transaction of its own (a lost race on a unique index is run once more). */
    <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        return RaceRetry.retryOnceOnRace(() -> sessionFactory.withTransaction((session, tx) -> work.apply(session)));
    }

    /** {@link #inTransaction}, for work on the reactive client without Hibernate (new notices). */
    <T> Uni<T> inSqlTransaction(Function<SqlConnection, Uni<T>> work) {
        return RaceRetry.retryOnceOnRace(() -> pool.withTransaction(work));
    }

    /**
     * Runs {@code work} in a transaction, unless {@code key} was used before by this landlord.
     *
     * @param fingerprint what the request asks for (endpoint and body)
     */
    Uni<WriteAnswer> run(String landlordId, String key, String fingerprint, Function<Mutiny.Session, Uni<WriteAnswer>> work) {
        check(key);
        if (key == null) {
            return inTransaction(work);
        }
        return inTransaction(session -> once(landlordId, key, fingerprint, records.find(session, landlordId, key),
                () -> work.apply(session), record -> records.insert(session, record)));
    }

    /** {@link #run}, for work on the reactive client without Hibernate (new notices). */
    Uni<WriteAnswer> runSql(String landlordId, String key, String fingerprint, Function<SqlConnection, Uni<WriteAnswer>> work) {
        check(key);
        if (key == null) {
            return inSqlTransaction(work);
        }
        return inSqlTransaction(connection -> once(landlordId, key, fingerprint, records.find(connection, landlordId, key),
                () -> work.apply(connection), record -> records.insert(connection, record)));
    }

    /** The stored answer replayed, or the work done and its answer stored. */
    private static Uni<WriteAnswer> once(String landlordId, String key, String fingerprint, Uni<IdempotencyRecord> find,
            Supplier<Uni<WriteAnswer>> work, Function<IdempotencyRecord, Uni<Integer>> insert) {
        return find.flatMap(stored -> {
            if (stored != null) {
                return Uni.createFrom().item(replay(stored, fingerprint));
            }
            return work.get().call(answer -> insert.apply(record(landlordId, key, fingerprint, answer)));
        });
    }

    private static WriteAnswer replay(IdempotencyRecord stored, String fingerprint) {
        if (!fingerprint.equals(stored.requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        return new WriteAnswer(stored.status, stored.response, stored.location == null ? null : URI.create(stored.location),
                true);
    }

    private static IdempotencyRecord record(String landlordId, String key, String fingerprint, WriteAnswer answer) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.landlordId = landlordId;
        record.idempotencyKey = key;
        record.requestHash = fingerprint;
        record.status = answer.status();
        record.location = answer.location() == null ? null : answer.location().toString();
        record.response = answer.json();
        return record;
    }
}
