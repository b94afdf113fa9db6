package se.bokvar.kronofogden.app.eviction;

import io.vertx.pgclient.PgException;

/** Recognises the loser of two identical deliveries at the same moment: the database refused its duplicate row. */
final class UniqueViolation {

    private UniqueViolation() {
    }

    /** Whether the failure is (caused by) a unique-constraint violation. */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
