package se.bokvar.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by a deserializer when a field's value is unacceptable for a reason worth telling the client. Jackson adds
 * the field's path (a {@link MismatchedInputException}, so the REST layer passes it on unwrapped); {@link JsonProblems} turns it into a {@code validation} problem naming that field with
 * {@link #clientMessage()}. The message must never echo the value.
 */
public class InvalidFieldException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String clientMessage;

    public InvalidFieldException(JsonParser parser, String clientMessage) {
        super(parser, clientMessage, String.class);
        this.clientMessage = clientMessage;
    }

    /** Why the field is invalid, for the client (no value). */
    public String clientMessage() {
        return clientMessage;
    }
}
