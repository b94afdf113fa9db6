package se.bokvar.platform.messaging;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;

/** Decides whether a failure is worth retrying (the database was away) or a real error. */
public final class TransientFailures {

    /** SQLSTATE codes and classes that go away by themselves. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (state.startsWith("08") || RETRYABLE_STATES.contains(state));
            }
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.vertx.core.VertxException && isConnectionMessage(t.getMessage())) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("ClosedConnectionException") || name.endsWith("NoStackTraceTimeoutException")
                    || name.endsWith("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionMessage(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("connection") || m.contains("timeout") || m.contains("closed");
    }
}
