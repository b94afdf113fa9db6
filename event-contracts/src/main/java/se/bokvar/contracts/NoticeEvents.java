package se.bokvar.contracts;

import java.util.List;

import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.NoticeWithdrawnV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** Events of notice-intake-service, on {@link Topics#NOTICES}, one type per notice kind. Subject: the notice id. */
public final class NoticeEvents {

    public static final EventType<TerminationNoticeReceivedV1> TERMINATION_RECEIVED = new EventType<>(
            "se.bokvar.notice.termination-unpaid-rent.received.v1", Topics.NOTICES, TerminationNoticeReceivedV1.class,
            "A landlord's termination for unpaid rent (JB 12:44 / BRL 7:23) was received by social services.");

    public static final EventType<RectificationRequestReceivedV1> RECTIFICATION_RECEIVED = new EventType<>(
            "se.bokvar.notice.rectification-request.received.v1", Topics.NOTICES, RectificationRequestReceivedV1.class,
            "A landlord's notice of a request to rectify a disturbance or lack of care (JB 12:25, 12:42) was received.");

    public static final EventType<EarlyWarningReceivedV1> EARLY_WARNING_RECEIVED = new EventType<>(
            "se.bokvar.notice.early-warning.received.v1", Topics.NOTICES, EarlyWarningReceivedV1.class,
            "An early warning (late payments, complaints, concern for children) was received.");

    public static final EventType<NoticeCorrectedV1> CORRECTED = new EventType<>(
            "se.bokvar.notice.corrected.v1", Topics.NOTICES, NoticeCorrectedV1.class,
            "A landlord corrected an earlier notice; the event carries the complete corrected notice.");

    public static final EventType<ServedDateUpdatedV1> SERVED_DATE_UPDATED = new EventType<>(
            "se.bokvar.notice.served-date-updated.v1", Topics.NOTICES, ServedDateUpdatedV1.class,
            "A landlord reported the day a termination was served on the tenant (delgivning); it starts the recovery period.");

    public static final EventType<NoticeWithdrawnV1> WITHDRAWN = new EventType<>(
            "se.bokvar.notice.withdrawn.v1", Topics.NOTICES, NoticeWithdrawnV1.class,
            "A landlord withdrew a notice (debt paid, termination withdrawn, sent in error).");

    public static final List<EventType<?>> ALL = List.of(TERMINATION_RECEIVED, RECTIFICATION_RECEIVED,
            EARLY_WARNING_RECEIVED, CORRECTED, SERVED_DATE_UPDATED, WITHDRAWN);

    private NoticeEvents() {
    }
}
