package se.bokvar.consent.app;

import java.util.List;

import io.vertx.pgclient.PgException;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.consent.Violation;

/** The problems a request can run into: invalid fields (400) and a concurrent change (409). */
public final class InvalidInput {

    private InvalidInput() {
    }

    /** The rules' violations as field errors. */
    public static List<Problem.FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
    }

    /** 400 listing every invalid field. */
    public static ProblemException of(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
    }

    /** Whether the failure is a unique-key violation: someone else wrote the same version first. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    /** 409 for a concurrent change. */
    public static Throwable concurrentChange(Throwable failure) {
        return new ProblemException(ProblemType.CONFLICT,
                "The consent was changed at the same moment by someone else: read it again and retry.");
    }
}
