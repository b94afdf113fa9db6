package se.bokvar.kronofogden.app.eviction;

import se.bokvar.kronofogden.store.EvictionState;

/** The kinds of update Kronofogden sends to a case it notified before. */
public enum UpdateKind {
    /** Ny tid för förrättningen: the eviction moves to {@code evictionAt}. */
    NEW_DATE(EvictionState.ACTIVE, true),
    /** Anstånd beviljat: postponed, possibly to {@code evictionAt}. */
    POSTPONED(EvictionState.POSTPONED, true),
    /** Återkallad: the landlord withdrew, or the case was closed. */
    CANCELLED(EvictionState.CANCELLED, false),
    /** Verkställd: the eviction was carried out. */
    CARRIED_OUT(EvictionState.CARRIED_OUT, false);

    private final EvictionState resultingState;
    private final boolean carriesDate;

    UpdateKind(EvictionState resultingState, boolean carriesDate) {
        this.resultingState = resultingState;
        this.carriesDate = carriesDate;
    }

    public EvictionState resultingState() {
        return resultingState;
    }

    /** Whether the update carries the (new) date and time of the eviction; the others must not. */
    public boolean carriesDate() {
        return carriesDate;
    }
}
