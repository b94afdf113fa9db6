package se.bokvar.platform.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Describes a JSON deserialisation failure without echoing the offending value: Jackson's own messages quote
 * the input, which may be a personnummer.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem describe(Throwable e) {
        if (e instanceof InvalidFieldException f) {
            return Problem.of(ProblemType.VALIDATION, "1 field is invalid",
                    List.of(new Problem.FieldError(path(f), f.clientMessage())));
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body exceeds a JSON limit (nesting depth, number or"
                    + " string length).");
        }
        if (e instanceof JsonParseException) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body is not well-formed JSON"
                    + location((JsonProcessingException) e) + ".");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problem.of(ProblemType.VALIDATION, "The body has a field this endpoint does not accept.",
                    List.of(new Problem.FieldError(path(u), "unknown field")));
        }
        if (e instanceof InvalidFormatException f) {
            String expected = f.getTargetType() == null ? "another format" : describeType(f.getTargetType());
            return Problem.of(ProblemType.VALIDATION, "A field has the wrong format.",
                    List.of(new Problem.FieldError(path(f), "must be " + expected)));
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "of another JSON type" : describeType(m.getTargetType());
            String field = path(m);
            if (field.equals("body")) {
                return Problem.of(ProblemType.MALFORMED_JSON, "The body must be a JSON object of this endpoint's schema.");
            }
            return Problem.of(ProblemType.VALIDATION, "A field has the wrong type.",
                    List.of(new Problem.FieldError(field, "must be " + expected)));
        }
        if (e instanceof JsonMappingException m) {
            return Problem.of(ProblemType.VALIDATION, "A field could not be read.",
                    List.of(new Problem.FieldError(path(m), "has an invalid value")));
        }
        return Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON for this endpoint.");
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String describeType(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a timestamp (ISO 8601 with offset)";
        }
        if (type == java.time.LocalDateTime.class) {
            return "a local date-time (YYYY-MM-DDTHH:MM)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder names = new StringBuilder();
            for (Object c : constants) {
                if (names.length() > 0) {
                    names.append(", ");
                }
                names.append(((Enum<?>) c).name());
            }
            return "one of " + names;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
