package se.bokvar.cases.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.cases.app.notice.CorrectNotice;
import se.bokvar.cases.app.notice.IncomingNotice;
import se.bokvar.cases.app.notice.RegisterNotices;
import se.bokvar.cases.app.notice.UpdateServedDate;
import se.bokvar.cases.app.notice.WithdrawNotice;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.platform.messaging.EventRoutes;

/**
 * Consumes every event of notice-intake-service (bokvar.intake.notices.v1): the three notice kinds, corrections,
 * served-date updates and withdrawals, one route per type (the data read once), a poll's batch in one transaction.
 * Each event is applied exactly once (the processed-event guard commits with the case); unreadable events go to the
 * dead-letter topic; unknown types are skipped. Consecutive new notices are registered together ({@link RegisterNotices}).
 */
@ApplicationScoped
public class NoticeEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public NoticeEventsConsumer(CaseEventRoutes frame, RegisterNotices registration, CorrectNotice correction,
            UpdateServedDate servedDate, WithdrawNotice withdrawal) {
        EventRoutes.RunHandler<IncomingNotice> register = registration::handle;
        this.routes = frame.start()
                .onRun(NoticeEvents.TERMINATION_RECEIVED, r -> IncomingNotice.of(r.data(), r.event().data()), register)
                .onRun(NoticeEvents.RECTIFICATION_RECEIVED, r -> IncomingNotice.of(r.data(), r.event().data()), register)
                .onRun(NoticeEvents.EARLY_WARNING_RECEIVED, r -> IncomingNotice.of(r.data(), r.event().data()), register)
                .on(NoticeEvents.CORRECTED, CorrectNotice::check,
                        (session, r) -> correction.handle(session, r.event(), r.data()))
                .on(NoticeEvents.SERVED_DATE_UPDATED, UpdateServedDate::check,
                        (session, r) -> servedDate.handle(session, r.event(), r.data()))
                .on(NoticeEvents.WITHDRAWN, WithdrawNotice::check,
                        (session, r) -> withdrawal.handle(session, r.event(), r.data()))
                .build();
    }

    /** A poll's notices of one or more partitions, applied in one transaction (in order per building). */
    @Incoming("notices")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return routes.consumeAll(batch);
    }
}
