package se.bokvar.contracts.v1;

/** Whether the sender knows that children live in the household. */
public enum ChildrenKnownV1 {
    YES, NO, UNKNOWN
}
