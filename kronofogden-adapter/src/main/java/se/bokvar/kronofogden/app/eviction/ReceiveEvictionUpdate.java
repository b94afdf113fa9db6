package se.bokvar.kronofogden.app.eviction;

import static se.bokvar.kronofogden.app.StockholmTime.of;
import static se.bokvar.kronofogden.app.StockholmTime.ofNullable;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.kronofogden.app.ContentHash;
import se.bokvar.kronofogden.app.IdempotentResult;
import se.bokvar.kronofogden.app.StockholmTime;
import se.bokvar.kronofogden.app.Text;
import se.bokvar.kronofogden.store.EvictionNotice;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.EvictionUpdate;
import se.bokvar.kronofogden.store.EvictionUpdateRepository;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/**
 * Takes Kronofogden's update to a notified case in, stored with its outbox event in one transaction. Idempotent on
 * Kronofogden's update id; a cancelled or carried-out case takes no more updates.
 */
@ApplicationScoped
public class ReceiveEvictionUpdate {

    private final Mutiny.SessionFactory sessionFactory;
    private final EvictionNoticeRepository notices;
    private final EvictionUpdateRepository updates;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public ReceiveEvictionUpdate(Mutiny.SessionFactory sessionFactory, EvictionNoticeRepository notices,
            EvictionUpdateRepository updates, Outbox outbox, Clock clock, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.notices = notices;
        this.updates = updates;
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
    }

    public Uni<IdempotentResult<UpdateView>> receive(String kfmCaseNumber, EvictionUpdateCommand command) {
        String comment = Text.blankToNull(command.comment());
        Instant evictionAt = command.evictionAt() == null ? null : command.evictionAt().toInstant();
        requireDateAsTheKindSays(command.kind(), evictionAt);
        String hash = ContentHash.of(mapper, new Object[] { command.kind().name(), evictionAt, comment });
        return receive(kfmCaseNumber, command, evictionAt, comment, hash)
                .onFailure(UniqueViolation::isCause)
                .recoverWithUni(() -> receive(kfmCaseNumber, command, evictionAt, comment, hash));
    }

    /** NEW_DATE and POSTPONED carry the eviction's date and time; CANCELLED and CARRIED_OUT must not. */
    static void requireDateAsTheKindSays(UpdateKind kind, Instant evictionAt) {
        if (kind.carriesDate() && evictionAt == null) {
            throw ProblemException.validation("evictionAt", "is required for " + kind);
        }
        if (!kind.carriesDate() && evictionAt != null) {
            throw ProblemException.validation("evictionAt", "must be absent for " + kind);
        }
    }

    private Uni<IdempotentResult<UpdateView>> receive(String kfmCaseNumber, EvictionUpdateCommand command, Instant evictionAt,
            String comment, String hash) {
        return sessionFactory.withTransaction((session, tx) -> notices.findForUpdate(session, kfmCaseNumber)
                .flatMap(notice -> {
                    if (notice == null) {
                        throw ProblemException.notFound("Kronofogden case " + kfmCaseNumber);
                    }
                    return updates.find(session, kfmCaseNumber, command.updateId()).flatMap(existing -> {
                        if (existing != null) {
                            if (!existing.contentHash.equals(hash)) {
                                throw new ProblemException(ProblemType.CONFLICT, "Update " + command.updateId()
                                        + " of Kronofogden case " + kfmCaseNumber + " was received before with other content");
                            }
                            return Uni.createFrom().item(new IdempotentResult<>(view(existing), false));
                        }
                        return apply(session, notice, command, evictionAt, comment, hash)
                                .map(update -> new IdempotentResult<>(view(update), true));
                    });
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    private Uni<EvictionUpdate> apply(Mutiny.Session session, EvictionNotice notice, EvictionUpdateCommand command,
            Instant evictionAt, String comment, String hash) {
        if (!notice.state.isOpen()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "Kronofogden case " + notice.kfmCaseNumber
                    + " is " + notice.state + " and takes no more updates");
        }
        Instant now = StockholmTime.nowInMicros(clock);
        if (evictionAt != null) {
            EvictionDateCheck.requireFuture("evictionAt", evictionAt, now);
        }
        EvictionUpdate update = new EvictionUpdate();
        update.id = UUID.randomUUID();
        update.kfmCaseNumber = notice.kfmCaseNumber;
        update.kfmUpdateId = command.updateId();
        update.kind = command.kind().name();
        update.evictionAt = ofNullable(evictionAt);
        update.comment = comment;
        update.receivedAt = of(now);
        update.stateAfter = command.kind().resultingState();
        update.contentHash = hash;

        notice.state = update.stateAfter;
        if (update.evictionAt != null) {
            notice.evictionAt = update.evictionAt;
        }
        notice.updatedAt = update.receivedAt;

        EvictionUpdatedV1 event = new EvictionUpdatedV1(update.id, notice.kfmCaseNumber, now, command.kind().name(),
                update.evictionAt, comment, new KeysV1(notice.buildingKey, notice.tenancyKey));
        return updates.persist(session, update)
                .flatMap(v -> outbox.append(session, EvictionEvents.UPDATED, notice.buildingKey, notice.kfmCaseNumber, event))
                .replaceWith(update);
    }

    /** The update as its receipt shows it. */
    static UpdateView view(EvictionUpdate u) {
        return new UpdateView(u.kfmUpdateId, u.kfmCaseNumber, UpdateKind.valueOf(u.kind),
                u.evictionAt == null ? null : of(u.evictionAt.toInstant()), of(u.receivedAt.toInstant()), u.stateAfter.name());
    }
}
