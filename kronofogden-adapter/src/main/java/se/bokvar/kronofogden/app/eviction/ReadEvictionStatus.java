package se.bokvar.kronofogden.app.eviction;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.kronofogden.app.ContentHash.Json;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.EvictionUpdate;
import se.bokvar.kronofogden.store.EvictionUpdateRepository;
import se.bokvar.kronofogden.store.kronofogden.AcknowledgementMessage;
import se.bokvar.platform.problem.ProblemException;

/** What Kronofogden may read about its notice: the receipt, the latest acknowledgement and the updates. */
@ApplicationScoped
public class ReadEvictionStatus {

    private final Mutiny.SessionFactory sessionFactory;
    private final EvictionNoticeRepository notices;
    private final EvictionUpdateRepository updates;
    private final DeliveryRepository deliveries;
    private final ObjectMapper mapper;

    @Inject
    public ReadEvictionStatus(Mutiny.SessionFactory sessionFactory, EvictionNoticeRepository notices,
            EvictionUpdateRepository updates, DeliveryRepository deliveries, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.notices = notices;
        this.updates = updates;
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    public Uni<EvictionCaseView> read(String kfmCaseNumber) {
        return sessionFactory.withSession(session -> notices.find(session, kfmCaseNumber).flatMap(notice -> {
            if (notice == null) {
                throw ProblemException.notFound("Kronofogden case " + kfmCaseNumber);
            }
            // one after the other: a session must not run two queries at once
            return updates.listForCase(session, kfmCaseNumber).flatMap(list -> deliveries
                    .latestAcknowledgement(session, kfmCaseNumber)
                    .map(ack -> new EvictionCaseView(ReceiveEvictionNotice.view(notice), of(notice.evictionAt.toInstant()),
                            acknowledgement(ack), views(list))));
        }));
    }

    private static List<UpdateView> views(List<EvictionUpdate> list) {
        return list.stream().map(ReceiveEvictionUpdate::view).toList();
    }

    private EvictionCaseView.LatestAcknowledgementView acknowledgement(Delivery d) {
        if (d == null) {
            return null;
        }
        AcknowledgementMessage message = Json.read(mapper, d.payload, AcknowledgementMessage.class);
        AcknowledgementMessage.CaseworkerMessage cw = message.responsibleCaseworker();
        return new EvictionCaseView.LatestAcknowledgementView(d.sequence, d.status.name(), cw.name(), cw.phone(), cw.email(),
                cw.unit(), message.basis(), d.attempts, d.confirmedAt == null ? null : of(d.confirmedAt.toInstant()));
    }
}
