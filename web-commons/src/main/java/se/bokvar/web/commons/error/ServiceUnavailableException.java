package se.bokvar.web.commons.error;

/**
 * A service the page depends on did not answer (or answered with an error of its own). Shown as the 503 page
 * "tjänsten är inte tillgänglig", naming {@link #part()}, and saying that nothing was lost.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final String part;

    /**
     * @param part  what is down, in Swedish, e.g. "ärendetjänsten (case-service)"
     * @param cause what happened (logged by type, never shown)
     */
    public ServiceUnavailableException(String part, Throwable cause) {
        super(part + " is unavailable", cause, false, false);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
