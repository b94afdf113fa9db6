package se.bokvar.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * The catalogue of event types. The {@code source} attribute of every event is the producing service's URI
 * reference, e.g. {@code /bokvar/notice-intake-service}.
 */
public final class EventTypes {

    public static final EventType<TerminationNoticeReceivedV1> TERMINATION_NOTICE_RECEIVED = new EventType<>(
            "se.bokvar.notice.termination-unpaid-rent.received.v1", Topics.NOTICES, TerminationNoticeReceivedV1.class,
            "A landlord's termination for unpaid rent (JB 12:44 / BRL 7:23) was received by social services.");

    public static final List<EventType<?>> ALL = List.of(TERMINATION_NOTICE_RECEIVED);

    private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    /** The event type with this CloudEvent {@code type} attribute, if the platform knows it. */
    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventTypes() {
    }
}
