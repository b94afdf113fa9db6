package se.bokvar.web.caseworker.app;

import java.util.List;

/**
 * case-service's "no", in Swedish words, for the page that asked.
 *
 * @param heading     what kind of no ("Handbokens regler tillåter inte steget just nu")
 * @param reasons     each reason in Swedish (a field, and what is wrong)
 * @param serviceText the service's own words (English), shown under the Swedish ones for the record
 * @param type        the problem type, stable per kind (for tests and support)
 */
public record Refusal(String heading, List<String> reasons, String serviceText, String type) {

    /**
     * A service the change needs did not answer (case-service's 503 {@code dependency-unavailable}, e.g. consent-service
     * down while a step's disclosure is checked): nothing was done, and the same change may be tried again later.
     */
    public boolean tryLater() {
        return type != null && type.endsWith("/dependency-unavailable");
    }
}
