package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.SearchPage;

/**
 * Sök (caseworkers, supervisors): by personnummer, address, Kronofogden's case number or the landlord's reference,
 * with the purpose case-service requires. A POST, and the result is rendered from the POST (never a redirect or a
 * link carrying what was searched); the answer is not cached (no-store).
 */
@Path(SearchResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class SearchResource {

    public static final String PATH = "/sok";

    @Inject
    @Location("search.html")
    Template template;

    @Inject
    SearchPage search;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance form() {
        return page(SearchPage.form(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@RestForm String personalIdentityNumber, @RestForm String street, @RestForm String postalCode,
            @RestForm String kfmCaseNumber, @RestForm String landlordReference, @RestForm String purpose) {
        SearchPage.Criteria criteria = new SearchPage.Criteria(personalIdentityNumber, street, postalCode, kfmCaseNumber,
                landlordReference);
        SearchPage.Model m = search.search(criteria, purpose);
        int status = m.refusal() == null ? 200 : 400;
        // what the user wrote comes back only when they must correct it
        TemplateInstance page = m.refusal() == null ? page(m, null, null) : page(m, criteria, purpose);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private TemplateInstance page(SearchPage.Model m, SearchPage.Criteria criteria, String purpose) {
        SearchPage.Criteria shown = criteria == null ? new SearchPage.Criteria(null, null, null, null, null) : criteria;
        return template.data("page", chrome.page("Sök", PATH)).data("m", m).data("c", shown).data("purpose", purpose);
    }

    /** A page number from a form; 1 when it is not one. */
    static int number(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
