package se.bokvar.intake.rest;

/** Whether the landlord knows of children living in the household. */
public enum ChildrenKnown {
    YES, NO, UNKNOWN
}
