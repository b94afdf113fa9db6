package se.bokvar.intake.service;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

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
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/**
 * The {@code Idempotency-Key} header: the first answer to a key is stored in the same transaction as the work, and
 * replayed for the same key with the same request; the same key with another request is a 409. Keys are scoped per
 * landlord. Two concurrent requests with one key: the loser's transaction fails on the key's primary key, rolls back
 * (nothing stored twice) and answers with the winner's stored answer. Keys are kept for
 * {@code bokvar.intake.idempotency.retention} (default 30 days), then removed hourly.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final Pool pool;
    private final Vertx vertx;
    private final Duration retention;

    @Inject
    public Idempotency(Mutiny.SessionFactory sessionFactory, Pool pool, Vertx vertx,
            @ConfigProperty(name = "bokvar.intake.idempotency.retention", defaultValue = "30d") Duration retention) {
        this.sessionFactory = sessionFactory;
        this.pool = pool;
        this.vertx = vertx;
        this.retention = retention;
    }

    void scheduleCleanup(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> removeExpired().subscribe().with(
                n -> LOG.debugf("Removed %d expired idempotency keys", n),
                f -> LOG.warnf("Removing expired idempotency keys failed: %s", f.getClass().getSimpleName())));
    }

    /** Removes the keys older than the retention; returns how many. */
    public Uni<Integer> removeExpired() {
        return pool.preparedQuery("delete from idempotency_record where created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toSeconds()))
                .map(rows -> rows.rowCount());
    }

    /** Rejects a key that is empty, too long or not printable ASCII. */
    public static void check(String key) {
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

    /**
     * Runs {@code work} in a transaction, unless {@code key} was used before by this landlord.
     *
     * @param fingerprint what the request asks for (endpoint and body)
     */
    public Uni<Outcome> run(String landlordId, String key, String fingerprint, Function<Mutiny.Session, Uni<Outcome>> work) {
        check(key);
        if (key == null) {
            return Failures.retryOnceOnRace(() -> sessionFactory.withTransaction((session, tx) -> work.apply(session)));
        }
        return Failures.retryOnceOnRace(() -> sessionFactory.withTransaction((session, tx) -> find(session, landlordId, key)
                .flatMap(stored -> {
                    if (stored != null) {
                        return Uni.createFrom().item(replay(stored, fingerprint));
                    }
                    return work.apply(session).call(outcome -> store(session, landlordId, key, fingerprint, outcome));
                })));
    }

    private static Outcome replay(Object[] stored, String fingerprint) {
        if (!fingerprint.equals(stored[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        String location = (String) stored[2];
        return new Outcome(((Number) stored[1]).intValue(), (String) stored[3],
                location == null ? null : URI.create(location), true);
    }

    private static Uni<Object[]> find(Mutiny.Session session, String landlordId, String key) {
        return session.createNativeQuery("select request_hash, status, location, response from idempotency_record"
                + " where landlord_id = ?1 and idempotency_key = ?2", Object[].class)
                .setParameter(1, landlordId)
                .setParameter(2, key)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static Uni<Integer> store(Mutiny.Session session, String landlordId, String key, String fingerprint, Outcome outcome) {
        return session.createNativeQuery("insert into idempotency_record (landlord_id, idempotency_key, request_hash,"
                + " status, location, response) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, landlordId)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, outcome.status())
                .setParameter(5, outcome.location() == null ? null : outcome.location().toString())
                .setParameter(6, outcome.json())
                .executeUpdate();
    }

}
