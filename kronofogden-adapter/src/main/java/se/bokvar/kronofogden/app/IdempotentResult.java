package se.bokvar.kronofogden.app;

/**
 * The answer to an idempotent delivery of a message: the body, and whether this delivery created it (201) or it was
 * received before with the same content (200).
 */
public record IdempotentResult<T>(T body, boolean created) {
}
