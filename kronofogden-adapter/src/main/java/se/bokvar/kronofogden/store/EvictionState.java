package se.bokvar.kronofogden.store;

/** Where Kronofogden's eviction case stands, as the adapter last heard. */
public enum EvictionState {
    /** Notified; the eviction (förrättning) is planned at {@code evictionAt}. */
    ACTIVE,
    /** Anstånd granted; a new date may follow. */
    POSTPONED,
    /** The application was withdrawn or the case closed (återkallad): no eviction. */
    CANCELLED,
    /** The eviction was carried out (verkställd). */
    CARRIED_OUT;

    /** Whether the case still takes updates. */
    public boolean isOpen() {
        return this == ACTIVE || this == POSTPONED;
    }
}
