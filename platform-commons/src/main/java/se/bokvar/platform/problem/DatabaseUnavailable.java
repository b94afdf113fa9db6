package se.bokvar.platform.problem;

import java.net.ConnectException;
import java.util.IdentityHashMap;
import java.util.Map;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Recognises a failure that means "the database is not reachable right now" (PostgreSQL restarting, failing over,
 * shutting connections down): the request was fine and may simply be retried, so the answer is a 503 with
 * {@code Retry-After}, not a 500.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database cannot be reached. */
    public static boolean is(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
                return true;
            }
            // a server killed outright (SIGKILL, a crash) sends no 57P01 first: its connections are simply reset
            // (found by ./bokvar faults: one 500 among 654 answers while PostgreSQL was down)
            if (t instanceof java.net.SocketException || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("NativeIoException") || name.endsWith("NoStackTraceTimeoutException")
                    || name.endsWith("ConnectTimeoutException")) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                String state = pg.getSqlState();
                // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
