package se.bokvar.rules.routing;

/** A string is not a Swedish postal code. The message does not repeat the input (it may be part of an address). */
public final class InvalidPostalCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with the fixed message describing the accepted forms. */
    public InvalidPostalCodeException() {
        super("not a Swedish postal code: expected five digits, the first 1-9, as 41101 or 411 01");
    }
}
