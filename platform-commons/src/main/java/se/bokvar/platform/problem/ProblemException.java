package se.bokvar.platform.problem;

import java.util.List;

/**
 * Thrown by application code to answer with a problem document. The message is the problem's {@code detail}:
 * write it for the client and never put personal data in it.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A problem the client may retry after the given number of seconds (the answer's {@code Retry-After}). */
    public ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds until a retry may succeed, or null when the answer has no {@code Retry-After}. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException validation(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is invalid", List.of(new Problem.FieldError(field, message)));
    }
}
