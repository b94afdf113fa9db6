package se.bokvar.web.caseworker.app;

import java.util.function.Supplier;

import se.bokvar.web.caseworker.store.CaseServiceRefusal;

/**
 * case-service refused a read the page needs (a 4xx other than 401/404, e.g. 403 for a role it does not serve): the
 * refusal in Swedish and the status to answer with (case-service's own 4xx).
 */
public class ReadRefused extends RuntimeException {

    private final transient Refusal refusal;
    private final int status;

    public ReadRefused(Refusal refusal, int status) {
        super(refusal.type(), null, false, false);
        this.refusal = refusal;
        this.status = status;
    }

    public Refusal refusal() {
        return refusal;
    }

    public int status() {
        return status;
    }

    /** Runs a read of case-service, turning its refusal into this exception. */
    static <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (CaseServiceRefusal e) {
            int status = e.problem().status() >= 400 && e.problem().status() < 500 ? e.problem().status() : 409;
            throw new ReadRefused(Refusals.of(e.problem()), status);
        }
    }
}
