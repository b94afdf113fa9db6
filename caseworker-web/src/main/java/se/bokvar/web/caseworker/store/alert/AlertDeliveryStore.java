package se.bokvar.web.caseworker.store.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The alert e-mails ({@code alert_delivery}): recorded in the consumer's transaction, then claimed, sent and marked
 * by the sender. Claiming locks due rows with {@code FOR UPDATE SKIP LOCKED} (two replicas never claim the same row)
 * and gives the claimer a lease; a row whose lease ran out without an outcome (the replica died while sending) is
 * claimed again and reported as a possible resend. Sending times are the database's.
 */
@ApplicationScoped
public class AlertDeliveryStore {

    /** A delivery to record. */
    public record NewDelivery(UUID alertId, String recipient, String recipientKind, UUID caseId, String deadline,
            String alert, LocalDate dueOn, String messageId) {
    }

    /**
     * A claimed delivery, to send now.
     *
     * @param attempts this attempt's number (1 for the first)
     * @param resend   an earlier attempt's outcome is unknown (its replica stopped between claiming and marking)
     */
    public record Claimed(UUID id, UUID alertId, String recipient, UUID caseId, String deadline, String alert,
            LocalDate dueOn, String messageId, int attempts, boolean resend) {
    }

    static final String CLAIM = "with due as (select id, claimed_until is not null as resend from alert_delivery"
            + " where sent_at is null and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())"
            + " order by next_attempt_at limit $1 for update skip locked)"
            + " update alert_delivery d set attempts = d.attempts + 1, claimed_until = now() + make_interval(secs => $2)"
            + " from due where d.id = due.id"
            + " returning d.id, d.alert_id, d.recipient, d.case_id, d.deadline, d.alert, d.due_on, d.message_id,"
            + " d.attempts, due.resend";
    static final String SENT = "update alert_delivery set sent_at = now(), claimed_until = null, last_error = null"
            + " where id = $1";
    static final String FAILED = "update alert_delivery set claimed_until = null, last_error = $2,"
            + " next_attempt_at = now() + make_interval(secs => $3) where id = $1";
    static final String PENDING = "select count(*) from alert_delivery where sent_at is null";
    static final String RECENT = "select distinct on (alert_id) alert_id, case_id, deadline, alert, due_on, recipient_kind,"
            + " created_at from alert_delivery where lower(recipient) = any($1) and created_at > $2"
            + " order by alert_id, created_at";
    static final String COUNT = "select count(distinct alert_id) from alert_delivery where lower(recipient) = any($1)"
            + " and created_at > $2";

    /** An alert as some of its recipients got it (one per alert, whichever of the addresses got it first). */
    public record Listed(UUID alertId, UUID caseId, String deadline, String alert, LocalDate dueOn, String recipientKind,
            OffsetDateTime createdAt) {
    }

    private final Pool pool;

    @Inject
    public AlertDeliveryStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Records the deliveries of one alert in the caller's transaction; a recipient the alert already has is skipped
     * (one row per alert and recipient).
     *
     * @return how many were new
     */
    public Uni<Integer> record(Mutiny.Session session, List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        UUID alertId = deliveries.get(0).alertId();
        return session.createQuery("select d.recipient from AlertDelivery d where d.alertId = :alert", String.class)
                .setParameter("alert", alertId).getResultList().flatMap(existing -> {
                    Set<String> known = new HashSet<>();
                    existing.forEach(r -> known.add(r.toLowerCase(Locale.ROOT)));
                    List<AlertDelivery> rows = new ArrayList<>();
                    for (NewDelivery n : deliveries) {
                        if (known.add(n.recipient().toLowerCase(Locale.ROOT))) {
                            rows.add(row(n));
                        }
                    }
                    return rows.isEmpty() ? Uni.createFrom().item(0)
                            : session.persistAll(rows.toArray()).replaceWith(rows.size());
                });
    }

    private static AlertDelivery row(NewDelivery n) {
        AlertDelivery d = new AlertDelivery();
        d.id = UUID.randomUUID();
        d.alertId = n.alertId();
        d.recipient = n.recipient();
        d.recipientKind = n.recipientKind();
        d.caseId = n.caseId();
        d.deadline = n.deadline();
        d.alert = n.alert();
        d.dueOn = n.dueOn();
        d.messageId = n.messageId();
        return d;
    }

    /** The alerts recorded for any of {@code addresses} (lower case) after {@code since}, one row per alert. */
    public Uni<List<Listed>> recent(List<String> addresses, OffsetDateTime since) {
        return pool.preparedQuery(RECENT).execute(Tuple.of(addresses.toArray(new String[0]), since))
                .map(rows -> {
                    List<Listed> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Listed(r.getUUID("alert_id"), r.getUUID("case_id"), r.getString("deadline"),
                                r.getString("alert"), r.getLocalDate("due_on"), r.getString("recipient_kind"),
                                r.getOffsetDateTime("created_at")));
                    }
                    return out;
                });
    }

    /** How many alerts were recorded for any of {@code addresses} (lower case) after {@code since}. */
    public Uni<Long> count(List<String> addresses, OffsetDateTime since) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(addresses.toArray(new String[0]), since))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Claims up to {@code limit} due deliveries for {@code lease} (committed before anything is sent). */
    public Uni<List<Claimed>> claim(int limit, Duration lease) {
        return pool.withTransaction(c -> c.preparedQuery(CLAIM).execute(Tuple.of(limit, (double) lease.toSeconds())))
                .map(rows -> {
                    List<Claimed> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Claimed(r.getUUID("id"), r.getUUID("alert_id"), r.getString("recipient"),
                                r.getUUID("case_id"), r.getString("deadline"), r.getString("alert"),
                                r.getLocalDate("due_on"), r.getString("message_id"), r.getInteger("attempts"),
                                r.getBoolean("resend")));
                    }
                    return out;
                });
    }

    /** The delivery was accepted by the mail server. */
    public Uni<Void> markSent(UUID id) {
        return pool.preparedQuery(SENT).execute(Tuple.of(id)).replaceWithVoid();
    }

    /** The attempt failed ({@code error}: an exception type, never a message); the next one after {@code delay}. */
    public Uni<Void> markFailed(UUID id, String error, Duration delay) {
        return pool.preparedQuery(FAILED).execute(Tuple.of(id, error, (double) delay.toSeconds())).replaceWithVoid();
    }

    /** Deliveries not sent yet (for the gauge). */
    public Uni<Long> pending() {
        return pool.query(PENDING).execute().map(rows -> rows.iterator().next().getLong(0));
    }
}
