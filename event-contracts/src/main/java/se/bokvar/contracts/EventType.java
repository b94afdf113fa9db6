package se.bokvar.contracts;

/**
 * One CloudEvent type: its {@code type} attribute, the topic it is published on and the Java record of its
 * {@code data} (JSON, {@code application/json}). The version is part of the type name ({@code ...v1}); a
 * consumer that does not know a type ignores it (and a new incompatible version gets a new type).
 *
 * @param type        the CloudEvent {@code type} attribute, reverse-DNS, ending in the version
 * @param topic       the topic the event is published on
 * @param dataClass   the payload record
 * @param description one sentence for the event documentation
 */
public record EventType<T>(String type, Topic topic, Class<T> dataClass, String description) {
}
