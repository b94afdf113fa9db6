package se.bokvar.platform.problem;

import java.util.List;

/**
 * Thrown by application code to answer with a problem document. The message is the problem's {@code detail}:
 * write it for the client and never put personal data in it.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    public static ProblemException validation(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is invalid", List.of(new Problem.FieldError(field, message)));
    }
}
