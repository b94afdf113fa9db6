package se.bokvar.rules.casework;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The lifecycle of a case (handbook ch. 5): aktualisering → förhandsbedömning → utredning → insats → uppföljning →
 * avslutat. A case may close from every open stage (with an {@link Outcome}); it never goes back, and a closed case
 * never reopens (a new notice opens a new case linked to it).
 */
public enum Stage {
    /** Aktualisering: the matter is opened when a notice arrives. */
    OPENED,
    /** Förhandsbedömning: deciding whether to open an investigation; no investigative steps, no individual support. */
    PRE_ASSESSMENT,
    /** Utredning: opened only with the adult's agreement. */
    INVESTIGATION,
    /** Insats: support decided. */
    SUPPORT,
    /** Uppföljning: only with consent. */
    FOLLOW_UP,
    /** Avslutat, with an outcome. */
    CLOSED;

    /** The stages this one may move to. */
    public Set<Stage> next() {
        return switch (this) {
            case OPENED -> EnumSet.of(PRE_ASSESSMENT, CLOSED);
            case PRE_ASSESSMENT -> EnumSet.of(INVESTIGATION, CLOSED);
            case INVESTIGATION -> EnumSet.of(SUPPORT, CLOSED);
            case SUPPORT -> EnumSet.of(FOLLOW_UP, CLOSED);
            case FOLLOW_UP -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(Stage.class);
        };
    }

    /** Whether a case in this stage may move to {@code target}. */
    public boolean mayMoveTo(Stage target) {
        Objects.requireNonNull(target, "target must not be null");
        return next().contains(target);
    }

    /** True until the case is closed. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /** True from the investigation on: investigative steps and individual support are allowed. */
    public boolean investigationOpened() {
        return this == INVESTIGATION || this == SUPPORT || this == FOLLOW_UP;
    }
}
