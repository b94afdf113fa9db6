package se.bokvar.intake.app;

/** What a request to rectify is about. */
public enum RectificationKind {
    DISTURBANCE, LACK_OF_CARE, OTHER
}
