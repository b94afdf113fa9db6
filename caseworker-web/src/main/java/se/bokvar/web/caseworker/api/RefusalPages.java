package se.bokvar.web.caseworker.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import se.bokvar.web.caseworker.app.ReadRefused;
import se.bokvar.web.caseworker.app.Refusal;
import se.bokvar.web.commons.error.ErrorPages;

/**
 * case-service refusing a read (a 4xx other than 401/404, e.g. 403 for a role it does not serve) is a page with the
 * refusal in Swedish and case-service's status, never a 500. Refused changes are shown on the case page itself
 * ({@link CaseResource}).
 */
public class RefusalPages {

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response refused(ReadRefused e) {
        Refusal r = e.refusal();
        return pages.page(e.status(), r.heading(), String.join(" ", r.reasons()));
    }
}
