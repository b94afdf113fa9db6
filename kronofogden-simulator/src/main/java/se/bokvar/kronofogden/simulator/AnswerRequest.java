package se.bokvar.kronofogden.simulator;

import java.time.OffsetDateTime;

/** Kronofogden's decision on a postponement request: GRANTED (optionally with a new date) or REFUSED. */
public record AnswerRequest(String outcome, OffsetDateTime newEvictionAt, String comment) {
}
