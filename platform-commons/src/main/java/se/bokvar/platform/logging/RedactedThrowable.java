package se.bokvar.platform.logging;

/**
 * A stand-in for an exception whose message held personal data: same class name, redacted message, same stack
 * trace and causes (redacted in turn).
 */
public final class RedactedThrowable extends RuntimeException {

    private final String originalClass;

    private RedactedThrowable(String originalClass, String message, Throwable cause) {
        super(message, cause, false, true);
        this.originalClass = originalClass;
    }

    public static Throwable copyOf(Throwable t) {
        return copyOf(t, 0);
    }

    private static Throwable copyOf(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return null;
        }
        RedactedThrowable copy = new RedactedThrowable(t.getClass().getName(),
                PersonalDataRedactor.redact(t.getMessage()), copyOf(t.getCause(), depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
