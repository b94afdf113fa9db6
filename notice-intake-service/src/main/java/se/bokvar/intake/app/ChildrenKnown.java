package se.bokvar.intake.app;

/** Whether the landlord knows of children living in the household. */
public enum ChildrenKnown {
    YES, NO, UNKNOWN
}
