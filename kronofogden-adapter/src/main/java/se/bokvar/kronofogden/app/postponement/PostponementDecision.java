package se.bokvar.kronofogden.app.postponement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kronofogden's decision on a postponement request (the API's schema keeps its name {@code Outcome}). */
@Schema(name = "Outcome")
public enum PostponementDecision {
    GRANTED, REFUSED
}
