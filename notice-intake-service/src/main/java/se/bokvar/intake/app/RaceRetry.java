package se.bokvar.intake.app;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import se.bokvar.platform.messaging.TransientFailures;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/** How database failures surface: a lost race is retried, an unavailable database is a 503, nothing stored. */
final class RaceRetry {

    private RaceRetry() {
    }

    /** A unique violation: another request stored the same reference or idempotency key first. */
    static boolean isUniqueViolation(Throwable failure) {
        return isUniqueViolation(failure, 0);
    }

    private static boolean isUniqueViolation(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("(23505)")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isUniqueViolation(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs {@code attempt}; if it lost a race on a unique index, runs it once more (it then sees the winner). */
    static <T> Uni<T> retryOnceOnRace(java.util.function.Supplier<Uni<T>> attempt) {
        java.util.function.Supplier<Uni<? extends T>> deferred = attempt::get;
        return Uni.createFrom().deferred(deferred)
                .onFailure(RaceRetry::isUniqueViolation).recoverWithUni(() -> Uni.createFrom().<T>deferred(deferred))
                .onFailure(TransientFailures::isTransient).transform(f -> new ProblemException(
                        ProblemType.DEPENDENCY_UNAVAILABLE,
                        "The notice store is unavailable right now; nothing was stored. Send the request again."));
    }
}
