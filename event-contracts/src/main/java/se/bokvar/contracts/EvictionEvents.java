package se.bokvar.contracts;

import java.util.List;

import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.EvictionUpdatedV1;

/** Events of kronofogden-adapter about Kronofogden's cases, on {@link Topics#EVICTIONS}. Subject: the KFM case number. */
public final class EvictionEvents {

    public static final EventType<EvictionNoticeReceivedV1> NOTICE_RECEIVED = new EventType<>(
            "se.bokvar.kronofogden.eviction-notice.received.v1", Topics.EVICTIONS, EvictionNoticeReceivedV1.class,
            "Kronofogden notified social services of an eviction (underrättelse om avhysning); acknowledge the same day.");

    public static final EventType<EvictionUpdatedV1> UPDATED = new EventType<>(
            "se.bokvar.kronofogden.eviction.updated.v1", Topics.EVICTIONS, EvictionUpdatedV1.class,
            "Kronofogden updated an eviction case: new date, postponement granted, cancelled or carried out.");

    public static final List<EventType<?>> ALL = List.of(NOTICE_RECEIVED, UPDATED);

    private EvictionEvents() {
    }
}
