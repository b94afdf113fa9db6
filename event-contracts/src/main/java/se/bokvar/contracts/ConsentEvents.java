package se.bokvar.contracts;

import java.util.List;

import se.bokvar.contracts.v1.ConsentChangedV1;

/** Events of consent-service, on {@link Topics#CONSENTS}. Subject: the consent id. */
public final class ConsentEvents {

    public static final EventType<ConsentChangedV1> CHANGED = new EventType<>(
            "se.bokvar.consent.changed.v1", Topics.CONSENTS, ConsentChangedV1.class,
            "A consent (samtycke) was given, changed or withdrawn, wholly or partly; a new version.");

    public static final List<EventType<?>> ALL = List.of(CHANGED);

    private ConsentEvents() {
    }
}
