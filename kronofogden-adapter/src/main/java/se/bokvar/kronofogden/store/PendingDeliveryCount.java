package se.bokvar.kronofogden.store;

/** How many deliveries of one kind are not confirmed yet. */
public record PendingDeliveryCount(DeliveryKind kind, Long count) {
}
