package se.bokvar.web.caseworker.store;

/**
 * case-service said no to a change (a 4xx problem+json other than 401/404): a rule of the handbook, the lifecycle,
 * consent, or a field it found invalid. Carries the problem as case-service sent it (it never holds personal data).
 */
public class CaseServiceRefusal extends RuntimeException {

    private final transient CaseJson.Problem problem;

    public CaseServiceRefusal(CaseJson.Problem problem) {
        super(problem.type(), null, false, false);
        this.problem = problem;
    }

    public CaseJson.Problem problem() {
        return problem;
    }
}
