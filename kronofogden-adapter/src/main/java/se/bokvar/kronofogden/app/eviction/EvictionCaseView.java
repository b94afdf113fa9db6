package se.bokvar.kronofogden.app.eviction;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What Kronofogden may read about its own notice: the notice, the current eviction date, the latest
 * acknowledgement (null until social services named the responsible caseworker) and the updates.
 */
public record EvictionCaseView(NoticeView notice, OffsetDateTime evictionAt, LatestAcknowledgementView acknowledgement,
        List<UpdateView> updates) {

    /** The latest acknowledgement and the caseworker it names; {@code status} is the delivery status's name. */
    public record LatestAcknowledgementView(int sequence, String status, String caseworkerName, String caseworkerPhone,
            String caseworkerEmail, String caseworkerUnit, String basis, int attempts, OffsetDateTime confirmedAt) {
    }
}
