package se.bokvar.rules.notice;

/**
 * Whether children live in (or regularly visit) the household, as far as is known: it decides whether the
 * children-and-youth unit is involved (handbook 5.5). What a case knows only grows more certain: a YES from any
 * notice or step stays, and an UNKNOWN becomes NO only when a notice says so.
 */
public enum ChildrenKnown {
    YES,
    NO,
    UNKNOWN;

    /** A notice's stated answer (any contract enum with the same names), UNKNOWN when it says nothing. */
    public static ChildrenKnown of(Enum<?> stated) {
        return stated == null ? UNKNOWN : valueOf(stated.name());
    }

    /** Whether children are affected (the children-and-youth unit takes part). */
    public boolean affected() {
        return this == YES;
    }

    /**
     * What the case knows after a notice that says {@code stated}: YES once any notice says YES; NO when nothing was
     * known and the notice says NO; otherwise unchanged (a NO or UNKNOWN never undoes a YES, an UNKNOWN never undoes a NO).
     */
    public ChildrenKnown merge(ChildrenKnown stated) {
        if (stated == YES) {
            return YES;
        }
        if (this == UNKNOWN && stated == NO) {
            return NO;
        }
        return this;
    }
}
