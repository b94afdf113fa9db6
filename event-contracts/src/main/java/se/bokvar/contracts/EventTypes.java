package se.bokvar.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of every event type of the platform, by producer. The {@code source} attribute of every event
 * is the producing service, e.g. {@code /bokvar/notice-intake-service}.
 */
public final class EventTypes {

    public static final List<EventType<?>> ALL = Stream.of(NoticeEvents.ALL, EvictionEvents.ALL, CaseEvents.ALL,
            DeliveryEvents.ALL, ConsentEvents.ALL).flatMap(List::stream).toList();

    private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    /** The event type with this CloudEvent {@code type} attribute, if the platform knows it. */
    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventTypes() {
    }
}
