package se.bokvar.rules.routing;

/** A routing table's CSV is malformed; the message names the line. */
public final class InvalidRoutingTableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    /**
     * An error on a line of the CSV.
     *
     * @param lineNumber the 1-based line number, or 0 for an error about the table as a whole
     * @param problem    what is wrong
     */
    public InvalidRoutingTableException(int lineNumber, String problem) {
        super(lineNumber > 0 ? "routing table line " + lineNumber + ": " + problem : "routing table: " + problem);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line number, or 0 for an error about the table as a whole. */
    public int lineNumber() {
        return lineNumber;
    }
}
