package se.bokvar.contracts;

import java.util.List;

import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;

/** Events of kronofogden-adapter about what it delivered, on {@link Topics#KRONOFOGDEN_DELIVERIES}. Subject: the case id. */
public final class DeliveryEvents {

    public static final EventType<AcknowledgementDeliveredV1> ACKNOWLEDGEMENT = new EventType<>(
            "se.bokvar.kronofogden.acknowledgement.v1", Topics.KRONOFOGDEN_DELIVERIES, AcknowledgementDeliveredV1.class,
            "Kronofogden confirmed the acknowledgement, or it was not confirmed on its due day (OVERDUE).");

    public static final EventType<TenantLetterDispatchedV1> TENANT_LETTER_DISPATCHED = new EventType<>(
            "se.bokvar.kronofogden.tenant-letter-dispatched.v1", Topics.KRONOFOGDEN_DELIVERIES, TenantLetterDispatchedV1.class,
            "The copy to the tenant was sent through the letter channel.");

    public static final EventType<PostponementAnsweredV1> POSTPONEMENT_ANSWERED = new EventType<>(
            "se.bokvar.kronofogden.postponement-answered.v1", Topics.KRONOFOGDEN_DELIVERIES, PostponementAnsweredV1.class,
            "A postponement request reached Kronofogden, or Kronofogden answered it.");

    public static final List<EventType<?>> ALL = List.of(ACKNOWLEDGEMENT, TENANT_LETTER_DISPATCHED, POSTPONEMENT_ANSWERED);

    private DeliveryEvents() {
    }
}
