package se.bokvar.kronofogden.service;

/**
 * The answer to an idempotent delivery: the body, and whether this delivery created it (201) or it was
 * received before with the same content (200).
 */
public record Received<T>(T body, boolean created) {
}
