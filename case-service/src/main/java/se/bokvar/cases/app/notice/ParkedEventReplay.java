package se.bokvar.cases.app.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.ParkedEventStore;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Applies the events that arrived before what they refer to (a correction before its original notice, a Kronofogden
 * update before its notice) once that is registered, in the order their senders received them.
 */
@ApplicationScoped
public class ParkedEventReplay {

    private static final Logger LOG = Logger.getLogger(ParkedEventReplay.class);

    private final ParkedEventStore parked;
    private final ObjectMapper mapper;
    private final UpdateEviction evictionUpdate;
    private final CorrectNotice correction;
    private final UpdateServedDate servedDate;
    private final WithdrawNotice withdrawal;

    @Inject
    public ParkedEventReplay(ParkedEventStore parked, ObjectMapper mapper, UpdateEviction evictionUpdate,
            CorrectNotice correction, UpdateServedDate servedDate, WithdrawNotice withdrawal) {
        this.parked = parked;
        this.mapper = mapper;
        this.evictionUpdate = evictionUpdate;
        this.correction = correction;
        this.servedDate = servedDate;
        this.withdrawal = withdrawal;
    }

    /** What the updates of a Kronofogden eviction case wait for. */
    static String evictionKey(String kfmCaseNumber) {
        return "kfm:" + kfmCaseNumber;
    }

    /** Applies the events parked for {@code awaits} and drops them. */
    Uni<Void> apply(Mutiny.Session session, String awaits) {
        return parked.take(session, awaits).flatMap(events -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (IncomingEvent e : events) {
                chain = chain.flatMap(v -> {
                    LOG.infof("Applying parked event %s (%s)", e.id(), e.type());
                    return replay(session, e);
                });
            }
            return chain;
        });
    }

    private Uni<Void> replay(Mutiny.Session session, IncomingEvent e) {
        if (EvictionEvents.UPDATED.type().equals(e.type())) {
            return evictionUpdate.handle(session, e, read(e, EvictionEvents.UPDATED.dataClass()));
        }
        if (NoticeEvents.CORRECTED.type().equals(e.type())) {
            return correction.handle(session, e, read(e, NoticeEvents.CORRECTED.dataClass()));
        }
        if (NoticeEvents.SERVED_DATE_UPDATED.type().equals(e.type())) {
            return servedDate.handle(session, e, read(e, NoticeEvents.SERVED_DATE_UPDATED.dataClass()));
        }
        if (NoticeEvents.WITHDRAWN.type().equals(e.type())) {
            return withdrawal.handle(session, e, read(e, NoticeEvents.WITHDRAWN.dataClass()));
        }
        return Uni.createFrom().voidItem();
    }

    private <T> T read(IncomingEvent e, Class<T> type) {
        return EventData.read(mapper, e.data(), type);
    }
}
